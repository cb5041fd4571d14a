package io.broadsheet.benchmarks;

import java.util.List;
import java.util.Random;

/**
 * The fixed word and sentence bank the synthetic archive is written from. Everything here is invented
 * for the benchmark (fictional places, offices and people, generic local-news phrasing); nothing is
 * taken from the corpus. Sentence templates have slots in braces, filled by {@link #fill}:
 *
 * <ul>
 *   <li>{@code {P}} place, {@code {O}} office, {@code {T}}/{@code {T2}} topic, {@code {R}} resident role,
 *       {@code {name}} a person, {@code {Q}} a quote</li>
 *   <li>{@code {n}} a count, {@code {U}} a unit, {@code {pct}} a percentage, {@code {M}} a month,
 *       {@code {D}} a day, {@code {year}} a year</li>
 *   <li>{@code {goal}}, {@code {mech}}, {@code {stage}}, {@code {finish}}, {@code {problem}}, {@code {measure}},
 *       {@code {scene}}, {@code {activity}}, {@code {extra}}, {@code {indicator}}, {@code {adj}},
 *       {@code {principle}}, {@code {title}}, {@code {spot}}, {@code {result}}, {@code {verb}}</li>
 * </ul>
 */
final class Vocabulary {

    private Vocabulary() {
    }

    static final List<String> PLACES = List.of(
            "青河市", "松林区", "南湖新区", "东岸街道", "白石镇", "柳溪村", "北关社区", "云岭县", "桂塘乡",
            "西津开发区", "临江片区", "石桥街道", "清源县", "梧桐社区", "双塔镇", "芦湾村", "望山街道",
            "金沙湾片区", "杏园社区", "鹤鸣镇", "秋水县", "长堤街道", "茶岭村", "新港片区");

    static final List<String> OFFICES = List.of(
            "市交通运输局", "区教育局", "市园林绿化中心", "市文化和旅游局", "县农业农村局", "市住房和城乡建设局",
            "区卫生健康委", "市图书馆", "市供水公司", "街道办事处", "市科技局", "市生态环境局", "市人社局",
            "区市场监管局", "县水利局", "市应急管理局", "市气象台", "市体育中心", "区民政局", "市公交集团");

    static final List<String> TOPICS = List.of(
            "老旧小区改造", "农村公路养护", "社区养老服务", "垃圾分类", "河道综合治理", "夜间经济", "课后托管服务",
            "数字政务", "冬季供暖保障", "高标准农田建设", "公共文化服务", "就业帮扶", "城市更新", "口袋公园建设",
            "菜市场提档升级", "智慧停车", "防汛备汛", "背街小巷整治", "全民健身", "乡村民宿", "社区食堂",
            "充电设施建设", "校园安全", "林下种植", "非遗传承", "老年助餐");

    static final List<String> ROLES = List.of(
            "居民", "市民", "村民", "店主", "志愿者", "教师", "工程师", "网格员", "老人", "家长", "种植户",
            "快递员", "公交司机", "护士", "社区干部");

    static final List<String> TITLES = List.of("副局长", "主任", "负责人", "工作人员", "副主任", "项目经理", "站长");

    static final List<String> QUOTES = List.of(
            "以前出门办事要跑好几趟,现在在家门口就能办好了",
            "路修好了,我们的菜当天就能运进城",
            "孩子放学后有地方去,我们上班也安心多了",
            "这些年变化太大了,走在街上都快认不出来了",
            "只要群众有需要,我们就随叫随到",
            "每天早上来这里打打太极,身体越来越好",
            "我们会把每一个细节都做扎实,不留一个死角",
            "大家一起出主意,小区的事情就好办了",
            "一开始心里也没底,试了一季就尝到了甜头",
            "能为家乡做点事,再辛苦也值得",
            "下雨天再也不用蹚水回家了",
            "饭菜热乎、价钱实惠,老伙计们都爱来");

    static final List<String> SURNAMES = List.of(
            "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
            "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "田", "董");

    static final String GIVEN = "晓明华丽建国志远雨婷伟芳军敏静磊洋勇艳杰娟涛超霞平刚桂英文斌宁欣悦然博晨宇浩凯琳思雅子轩海燕春";

    static final List<String> AGENCY_CITIES = List.of("北京", "上海", "广州", "成都", "武汉", "西安", "南京", "杭州");

    static final List<String> UNITS = List.of("个", "处", "公里", "户", "家", "万元", "人次", "座", "平方米", "项", "亩", "所", "条");

    static final List<String> VERBS = List.of("完成", "新建", "改造", "开通", "惠及", "培训", "整治", "投放", "修复", "服务");

    static final List<String> RESULTS = List.of(
            "完成年度计划的{pct}%", "比去年同期增长{pct}%", "提前完成既定目标", "群众满意度明显提升",
            "有效缓解了周边居民的出行压力", "为下一阶段工作打下了基础");

    static final List<String> PRINCIPLES = List.of("问题导向", "需求导向", "因地制宜", "统筹推进", "精细管理", "群众路线", "分类施策");

    static final List<String> GOALS = List.of("重点任务", "民生实事", "头号工程", "年度目标", "重要抓手", "突破口");

    static final List<String> MECHS = List.of("长效管理机制", "服务清单制度", "月度考核办法", "信息共享平台", "联席会议制度", "问题台账");

    static final List<String> STAGES = List.of("主体施工", "设备调试", "竣工验收", "招标准备", "试运行", "收尾");

    static final List<String> FINISHES = List.of("全面完工", "投入使用", "对外开放", "通过验收", "正式运营");

    static final List<String> PROBLEMS = List.of(
            "停车难", "上学远", "就医排队时间长", "雨天积水", "快递无处存放", "老人吃饭不方便", "夜间照明不足", "农产品卖不出去");

    static final List<String> MEASURES = List.of(
            "在周边增设了临时停车位", "开通了两条定制公交线路", "改造了排水管网", "设立了社区快递驿站",
            "引入了专业物业团队", "搭建了线上销售平台", "延长了服务窗口的开放时间", "组织志愿者上门服务");

    static final List<String> SCENES = List.of(
            "施工人员正在铺设地下管线", "新装的路灯整齐排列在道路两侧", "展厅里人头攒动、气氛热烈",
            "田间的灌溉设备已经安装到位", "几位老人正坐在长椅上聊天", "工作人员正在为前来咨询的群众答疑",
            "仓库里的物资分门别类码放整齐", "孩子们在新铺的塑胶场地上奔跑嬉戏");

    static final List<String> ACTIVITIES = List.of(
            "正忙着整理刚运到的物资", "在新修的步道上散步", "围坐在一起交流种植经验", "排队等候免费体检",
            "认真学习垃圾分类知识", "在书架前挑选图书", "给果树修剪枝条", "在广场上排练节目");

    static final List<String> EXTRAS = List.of(
            "组织了{n}场专题培训", "为困难家庭送去了过冬物资", "上线了线上预约系统", "开展了安全隐患大排查",
            "聘请了{n}名专业技术人员驻点指导", "设立了{n}个便民服务点");

    static final List<String> INDICATORS = List.of(
            "接待游客人数", "规模以上工业增加值", "农村居民人均可支配收入", "新登记市场主体数量", "快递业务量", "公共图书馆借阅量");

    static final List<String> ADJECTIVES = List.of("可复制、可推广", "群众满意", "低成本、见实效", "具有地方特色", "共建共享");

    static final List<String> SPOTS = List.of("新建的文化广场上", "河边的步道旁", "社区服务中心里", "田间地头", "施工现场", "集市上");

    /** Sentences of body text: invented local-news phrasing. */
    static final List<String> SENTENCES = List.of(
            "{O}近日召开{T}工作推进会,对下一阶段任务作出部署。",
            "截至{M}月底,{P}已累计{verb}{n}{U},{result}。",
            "“{Q}。”家住{P}的{R}{name}说。",
            "{P}坚持{principle},把{T}作为{goal},推动各项工作落地见效。",
            "据{O}相关负责人介绍,今年以来,全市共投入资金{n}万元,用于{T}。",
            "在{P},{R}们{activity}。",
            "下一步,{O}将继续聚焦{T},完善{mech},让群众得到更多实惠。",
            "记者在现场看到,{scene}。",
            "{P}把{T}与{T2}结合起来,探索出一条{adj}的新路子。",
            "目前,{P}{T}项目已进入{stage}阶段,预计{M}月底{finish}。",
            "为解决{problem}的问题,{O}{measure}。",
            "这项工作涉及{n}个部门,{O}牵头建立了{mech},每周调度一次进展。",
            "“{Q}。”{O}{title}{name}表示。",
            "数据显示,{year}年前三季度,{P}{indicator}同比增长{pct}%。",
            "与此同时,{P}还{extra}。",
            "{R}{name}告诉记者,过去一到周末,{problem}的情况就特别突出。",
            "项目建成后,预计每年可服务群众{n}人次,带动周边{n}户家庭增收。",
            "在推进{T}的过程中,{P}注重听取群众意见,先后召开座谈会{n}场,收集意见建议{n}条。",
            "“下一步,我们还要把这项工作做细做实。”{title}{name}说。",
            "{O}还专门制定了工作方案,明确了时间表、路线图和责任人。",
            "从{M}月起,{P}每月安排专人对{T}情况进行回访,发现问题及时整改。",
            "走进{P},{scene},处处是一派忙碌的景象。",
            "围绕{T},{P}梳理出{n}项重点任务,逐项明确牵头单位和完成时限。",
            "这一做法得到了{R}们的普遍认可,不少人主动报名参与。",
            "据统计,活动期间共吸引{n}人次参与,发放宣传资料{n}份。",
            "今年{M}月,{O}联合{O2}开展专项检查,共排查问题{n}个,已整改{n}个。",
            "{P}的实践表明,只要把群众的事当作自己的事,就没有解决不了的难题。",
            "在{spot},{R}们{activity},脸上洋溢着笑容。",
            "如今,{T}已经成为{P}的一张新名片,吸引了不少外地游客前来参观。",
            "{O}有关负责人表示,将以此次活动为契机,推动{T}常态化、长效化。");

    /** Headline shapes (short enough to be read as titles: at most ~24 characters once filled). */
    static final List<String> HEADLINES = List.of(
            "{P}{T}取得新进展", "{O}启动{T}专项行动", "{P}{n}{U}设施完成改造", "让{R}生活更舒心",
            "{P}推进{T}见实效", "{T}跑出加速度", "{P}:{T}惠及千家万户", "小切口撬动{T}大变化",
            "{P}首个{T}示范点建成", "{O}为{R}办实事", "{T}有了新模样", "{P}{T}再上新台阶");

    static final List<String> SUBTITLES = List.of(
            "——{P}推进{T}工作综述", "——记{P}{R}{name}", "——{P}{T}见闻", "——{O}{T}工作侧记",
            "——{P}以{T}带动乡村振兴");

    static final List<String> KICKERS = List.of("聚焦民生实事", "奋进新征程", "走基层 看变化", "一线见闻", "为民办实事");

    static final List<String> COLUMNS = List.of("(城事观察)", "(民生热线)", "(乡村振兴进行时)", "(记者手记)", "(文化周末)");

    /** Four-character phrases; section headings pair two of them ("多措并举 精准施策"). */
    static final List<String> PHRASES = List.of(
            "多措并举", "精准施策", "凝心聚力", "提质增效", "久久为功", "真抓实干", "以点带面", "守正创新",
            "服务为先", "民生为本", "协同联动", "落地见效", "补齐短板", "共建共享", "因地制宜", "长效管理");

    static final List<String> CAPTIONS = List.of(
            "{P}的{R}们{activity}。", "{P}{R}们{activity}。", "{P}{T}项目施工现场。",
            "图为{P}新建成的{T}示范点。", "{O}工作人员在{P}开展{T}宣传。");

    static String pick(Random random, List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String name(Random random) {
        StringBuilder sb = new StringBuilder(3).append(pick(random, SURNAMES));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    /** The template with every slot filled; {@code month} and {@code day} are the edition's. */
    static String fill(Random random, String template, int month, int day, int year) {
        StringBuilder out = new StringBuilder(template.length() * 2);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(slot(random, template.substring(i + 1, close), month, day, year));
            i = close + 1;
        }
        return out.toString();
    }

    private static String slot(Random random, String key, int month, int day, int year) {
        return switch (key) {
            case "P" -> pick(random, PLACES);
            case "O", "O2" -> pick(random, OFFICES);
            case "T", "T2" -> pick(random, TOPICS);
            case "R" -> pick(random, ROLES);
            case "name" -> name(random);
            case "Q" -> pick(random, QUOTES);
            case "title" -> pick(random, TITLES);
            case "n" -> Integer.toString(count(random));
            case "U" -> pick(random, UNITS);
            case "pct" -> (1 + random.nextInt(60)) + "." + random.nextInt(10);
            case "M" -> Integer.toString(Math.max(1, month - random.nextInt(3)));
            case "D" -> Integer.toString(day);
            case "year" -> Integer.toString(year);
            case "verb" -> pick(random, VERBS);
            case "result" -> fill(random, pick(random, RESULTS), month, day, year);
            case "principle" -> pick(random, PRINCIPLES);
            case "goal" -> pick(random, GOALS);
            case "mech" -> pick(random, MECHS);
            case "stage" -> pick(random, STAGES);
            case "finish" -> pick(random, FINISHES);
            case "problem" -> pick(random, PROBLEMS);
            case "measure" -> pick(random, MEASURES);
            case "scene" -> pick(random, SCENES);
            case "activity" -> pick(random, ACTIVITIES);
            case "extra" -> fill(random, pick(random, EXTRAS), month, day, year);
            case "indicator" -> pick(random, INDICATORS);
            case "adj" -> pick(random, ADJECTIVES);
            case "spot" -> pick(random, SPOTS);
            default -> throw new IllegalArgumentException("unknown slot {" + key + "}");
        };
    }

    /** Counts as papers print them: mostly small, sometimes in the thousands. */
    private static int count(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 2 + random.nextInt(20);
            case 1 -> 20 + random.nextInt(200);
            case 2 -> 100 + random.nextInt(900);
            default -> 1000 + random.nextInt(9000);
        };
    }
}
