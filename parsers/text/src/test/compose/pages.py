"""The corpus pages, one description each: python3 pages.py [OUTPUT_DIR] (default: ../resources/corpus).

Each Art/Photo names the lines it takes from ../shared/corpus/external/text and how it is laid out.
"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compose import *  # noqa: E402,F403
Q="rmrb_20220101_p01_quanguozhengxie-chahuahui.txt"; X="rmrb_20220101_p03_xinnian-heci-fanxiang.txt"
T="rmrb_20220101_p04_tupian-baodao.txt"; K="rmrb_20220106_p01_kaocha-dongao.txt"
SC="rmrb_20220113_p02_shuchan-gongcheng.txt"; DK="rmrb_20220119_p01_qiye-daikuan-lilv.txt"
DA="rmrb_20220123_p01_dongao-jingguan.txt"; KJ="rmrb_20220203_p03_kongjianzhan-chunjie.txt"
JH="rmrb_20220314_p03_jihua-baogao.txt"; SX="rmrb_20220323_p01_sanxia-chuanzha.txt"
NZ="rmrb_20220404_p02_nongzi-shichang.txt"; NJ="rmrb_20220405_p02_nongji-hezuoshe.txt"
B15="rmrb1946_19460515_p3_bali-waizhang-huiyi.md"; H15="rmrb1946_19460515_p4_xitele-shenjingbing.md"
D16="rmrb1946_19460516_p2_hedian-yishu.md"; J17="rmrb1946_19460517_p2_jining-ribao-chuangkan.md"
S18="rmrb1946_19460518_p2_shangren-zuotan.md"; TR1="textrank4zh_doc01.txt"; TR3="textrank4zh_doc03.txt"
s=src
def mid(t):
    return t[t.index('，')+1:]
IND="\u3000\u3000"; NB="\u00a0"
pages={}
def page(split, *a, **k):
    p=Page(*a, **k); pages[p.name]=(split,p)

# ---------- dev ----------
page("dev","rmrb_2022-01-01_p01",[
 Art("全国政协举行新年茶话会 习近平发表重要讲话", [sents(s(Q,1),1), sents(s(Q,2),3), sents(s(Q,3),1), sents(s(Q,4),2)],
     subtitles=["李克强王沪宁赵乐际韩正王岐山出席 汪洋主持"], dateline="新华社北京12月31日电",
     splits={1:"中国共产党将召开第二十次全国代表大会。这是党和国家政治"}, continued_to=2, jump_line="（下转第二版）",
     notes="The subtitle line (no dash) sits right under the title. '（讲话全文见第二版）' inside the second paragraph is a cross-reference inside the text, not a jump marker; the article jumps at '（下转第二版）'."),
 Photo([s(T,1), s(T,2)], s(T,3), ["韩加君"], gap=4, notes="Picture gap above; caption printed over two lines; credit on its own line with the source tag '（影像中国）', which is not part of the credit."),
 Art("去年全年企业贷款利率降至4.61%", [s(DK,1), sents(s(DK,2),2)], column="新数据 新看点", column_line="（新数据 新看点）",
     kicker="金融对实体经济支持力度稳固", dateline="本报北京1月18日电\u3000（记者吴秋余）", authors=["吴秋余"],
     splits={0:"全年企业贷款利率降至4.61%，比2020年下"}, jump_line="（相关报道见第三版）",
     notes="Rubric in brackets above the kicker. '（相关报道见第三版）' is a cross-reference, not a continuation: continued_to stays null and it is not a paragraph. The dateline holds an ideographic space."),
 Art("北京冬奥城市景观布置工作基本完成", [s(DA,1), s(DA,2)], column="走向冬奥", column_line="（走向冬奥）",
     dateline="本报北京1月22日电  （记者贺勇）", authors=["贺勇"], spaced_first={0: 11}, splits={1:"景观设计把冬奥元素与灯笼、中国结、福字等春节元素有机融合，向世界充分展"}),
], indent=IND)

page("dev","rmrb_2022-01-06_p01",[
 Art("坚定信心再接再厉抓好各项筹备工作 确保北京冬奥会冬残奥会圆满成功",
     [sents(s(K,10),2), s(K,11), s(K,12), sents(s(K,13),2), sents(s(K,14),2)],
     kicker="习近平在北京考察2022年冬奥会、冬残奥会筹办备赛工作时强调", subtitles=["韩正陪同考察"], dateline="本报北京1月5日电",
     splits={0:"是我们向国际社会作出的庄严承诺。经过几年努力，各项", 3:"国家速滑馆又称“冰丝带”，是北京赛区标志性场馆和唯一"}, dup=2,
     continued_to=2, jump_line="（下转第二版）",
     notes="The paragraph '1月4日，习近平在…' is printed twice by the extraction (second copy dropped)."),
 Art("三峡南线船闸提前恢复通航", [s(SX,1), s(SX,2), s(SX,3), s(SX,4)], dateline="据新华社武汉3月22日电  （记者李思远）",
     authors=["李思远"], splits={2:"三峡北线船闸共换向14次，运行428闸次，过闸船"}),
 Photo(["高385米的输电铁塔12日在江苏泰州顺利封顶。"], "新华社记者  刘洋摄", ["刘洋"], glued=True, gap=3,
       notes="Caption with its credit glued to its end (composed: the credit is invented)."),
 Art("输电工程跨越长江385米高塔封顶", [s(SC,1), s(SC,2)], dateline="本报南京1月12日电 （记者王汉超）", authors=["王汉超"],
     splits={1:"工程建成后，每年可将约289亿千瓦时的清洁电能从长江北岸送往"}),
], marks={"kicker":"### ","title":"## ","subtitle":"### "})

page("dev","rmrb_2022-01-01_p03",[
 Art("奋进新征程 赢得更大荣光", [s(X,1), s(X,2), s(X,3)], kicker="习近平主席新年贺词在各地干部群众中引发热烈反响",
     trailing="——编 者", byline="——编 者",
     splits={1:"本报记者深入农田、企业、社区、学校、医院、军营、"},
     notes="Editor's note under the page headline, signed '——编 者' alone on a line: that signature is its byline (no person's name, so no authors)."),
 Art("奋斗科研一线 助力乡村振兴", [s(X,i) for i in range(8,13)], kicker=s(X,6), trailing=s(X,13).strip(),
     byline="（本报记者王崟欣采访整理）", authors=["王崟欣"], splits={3:"记录了他2021年的工作成果：试验菌草养羊进一步"},
     notes="The closing bracket credit is the byline (as printed, brackets kept); the reporter is the author."),
 Art("服务牧民群众 建设富饶草原", [s(X,i) for i in range(17,22)], kicker=s(X,15), trailing=s(X,22).strip(),
     byline="（本报记者张枨采访整理）", authors=["张枨"], splits={2:"他带动牧民走上一条生态保护与致富增收之路。“我深切感受到"}),
 Art("逐梦大江大河 托起巍峨大坝", [s(X,i) for i in range(26,30)], kicker=s(X,24), trailing=s(X,30).strip(),
     byline="（本报记者王浩采访整理）", authors=["王浩"], splits={2:"“坝基处的玄武岩，就像一捆捆直立的"}),
], marks={"kicker":"### ","title":"## "}, indent=IND)

page("dev","rmrb_2022-02-03_p03",[
 Art("中国空间站的第一个春节", [sents(s(KJ,1),2)], kicker="距离地球约四百公里——", byline_line="本报记者  张  华",
     byline="本报记者  张  华", authors=["张华"],
     sections=[(s(KJ,2), [s(KJ,3), sents(s(KJ,4),2), sents(s(KJ,5),2)]),
               (s(KJ,10), [sents(s(KJ,11),2), sents(s(KJ,12),2)]),
               (s(KJ,19), [sents(s(KJ,20),2), sents(s(KJ,26),3)])],
     splits={2:"翟志刚擅长书法，", 5:"北京航天飞行控制中心的工作人员按计划组织开展空间"},
     notes="Padded byline (composed: the source prints no byline). Another marker scheme: '#' title, '##' kicker, '###' section headings."),
 Photo([], "制图：汪哲平", ["汪哲平"], gap=3, notes="A graphic's credit alone after a gap: a photo item without caption."),
], marks={"kicker":"## ","title":"# ","section":"### "})

page("dev","rmrb_2022-04-04_p02",[
 Art("农资市场里的一天", [sents(s(NZ,1),2)], column="经济新方位·春耕一线", column_line="（经济新方位·春耕一线）",
     byline_line="本报记者"+NB+NB+"王"+NB+NB+"刚", byline="本报记者  王  刚", authors=["王刚"],
     sections=[(s(NZ,2), [sents(s(NZ,3),2), sents(s(NZ,6),2), sents(s(NZ,10),2)]),
               (s(NZ,11), [sents(s(NZ,12),2), sents(s(NZ,13),2), sents(s(NZ,18),2)]),
               (s(NZ,20), [sents(s(NZ,21),2), sents(s(NZ,26),3)])],
     splits={2:"他不惜多跑50公里路赶来：“这两年没", 4:"说起肥料价", 7:"运城市农业综合行政执法队队长裴骄阳在上班路上"},
     notes="Byline padded with no-break spaces (composed: the source prints no byline). Section headings carry a full-width colon; they are headings, not titles."),
], indent=IND)

page("dev","rmrb_2022-04-05_p02",[
 Art("农机专业合作社的一天", [sents(s(NJ,1),2), sents(s(NJ,2),2)], column="经济新方位·春耕一线", column_line="（经济新方位·春耕一线）",
     byline_line="本报记者  李  明", byline="本报记者  李  明", authors=["李明"],
     sections=[(s(NJ,4), [sents(s(NJ,5),2), sents(s(NJ,6),2), sents(s(NJ,14),1)]),
               (s(NJ,16), [s(NJ,17), sents(s(NJ,18),2), s(NJ,21)]),
               (s(NJ,27), [s(NJ,28), sents(s(NJ,30),2), s(NJ,40)])],
     splits={3:"陶哲开着拖拉机，在矩形地块四个顶点处分别做了", 9:"陶哲说，合作社有两台农用植保"},
     notes="The one-character decorations above each section heading ('耕', '种', '管') are left out of this page. Short one-sentence paragraphs ('日头开始旺起来。') are real paragraphs."),
 Photo(["湖北武汉市黄陂区港湾村永旺农机专业合作社的集中育秧大棚。"], "本报记者  李  明摄", ["李明"], glued=True, gap=4,
       notes="Composed caption and credit; the credit is glued to the caption."),
], marks={"title":"## ","section":"### "})

page("dev","rmrb_1946-05-18_p02",[
 Art("本市商人集会座谈", [s(S18,9)], subtitles=["戎副主席阐述工商政策"], dateline="【本市讯】", first_line="专栏：",
     splits={0:"提高工资，优待技术人员，同时照顾厂方获利，保证资本家利润要比在国民党区"},
     notes="'专栏：' (an empty column label of the 1940s layout) is not a title and not a column. Two-line headline: the second line is a subtitle. Names in the text are not authors."),
 Art("巴黎四强外长会议", [s(B15,9)], subtitles=["对意和约获原则协议"], dateline="【新华社延安十二日电】", first_line="专栏：",
     splits={0:"同意法国之计划，即在联合国监督下，由意任"},
     notes="1946 bracketed dateline. '（合众社）' inside the text is a source note, not a byline."),
], indent=IND)

page("dev","wb_2014-12-01_p08",[
 Art("高圆圆赵又廷在京举行答谢宴", [s(TR1,1), s(TR1,3)], column="娱乐看台", column_line="【娱乐看台】",
     title_lines=[spaced("高圆圆赵又廷在京举行答谢宴")], dateline="中新网北京12月1日电(记者 张曦)", authors=["张曦"],
     sections=[(s(TR1,5), [s(TR1,7), s(TR1,9), s(TR1,11)]), (s(TR1,29)+" "+s(TR1,31), [s(TR1,33), s(TR1,35)])],
     splits={3:"高圆圆身穿粉色外套，看到大批记者在场露出娇羞神色，赵又廷"},
     notes="Title letter-spaced by extraction; title and rubric composed (the source has none). Two-line section heading printed on one line. '(微博)' markers are part of the text."),
 Art("Netflix押重金拍《马可波罗》", [s(TR3,1), s(TR3,3), s(TR3,5)], headline_after=1,
     splits={2:"毫无疑问 Netflix 对这部剧寄予了重望——Netflix 的海外"},
     notes="Headline printed under the first paragraph; that paragraph belongs to this article. Spaces between Latin words and Chinese are kept as printed. Title composed."),
])

page("dev","rmrb_2022-03-14_p03",[
 Art("关于2021年国民经济和社会发展计划执行情况与2022年国民经济和社会发展计划草案的报告",
     [s(JH,1), s(JH,2)], subtitles=["——2022年3月5日在第十三届全国人民代表大会第五次会议上"],
     byline_line="国家发展和改革委员会", byline="国家发展和改革委员会",
     sections=[(s(JH,3), [sents(s(JH,4),2), s(JH,5), sents(s(JH,6),2), sents(s(JH,7),2), sents(s(JH,8),2)])],
     splits={2:"也必将是载入史册的", 5:"全力保障疫苗生产供应，截至2021年底，全国累计生产疫"},
     continued_to=4, jump_line="（下转第四版）",
     notes="The salutation '各位代表：' is the first paragraph. '（一）强化外防输入内防反弹…' carries text after its first sentence: a run-in paragraph, not a section heading. The byline names an institution: no authors."),
], marks={"title":"# ","subtitle":"## ","section":"### "}, indent=IND)

page("dev","rmrb_2022-01-01_p02",[
 Art(None, [sents(s(Q,5),2), sents(s(Q,6),2), sents(s(Q,8),2)], kind="fragment", first_line="（上接第一版）",
     splits={1:37},
     notes="Continuation of the page-1 article, opened by '（上接第一版）' (not part of the text)."),
 Art("推动资源下沉 满足健康需求", [s(X,i) for i in range(53,57)], kicker=s(X,51), glued_trailing=s(X,57).strip(),
     byline="（本报记者强郁文采访整理）", authors=["强郁文"], splits={1:"“习主席在新年贺词中强调，我们要常怀远虑、居安思"},
     notes="The bracket credit is glued to the end of the last paragraph; it is the byline and is cut from 'last'."),
 Art("朝着梦想奔跑 继续拼搏奋斗", [s(X,i) for i in range(61,66)], kicker=s(X,59), trailing=s(X,66).strip(),
     byline="（本报记者余建斌采访整理）", authors=["余建斌"], splits={2:"中国空间站全面进入在轨建造阶段，展现出的科技进步让人赞"}),
], indent=IND)

page("dev","srb_2022-03-16_p02",[
 Art("国家战略科技力量加快壮大", ["本报讯（记者 李明）"+s(JH,15)], column="新时代新征程·科技自立自强",
     column_line="（新时代新征程·科技自立自强）", title_lines=[spaced("国家战略科技力量加快壮大")],
     dateline="本报讯（记者 李明）", authors=["李明"], splits={0:66}, spaced_first={0:18},
     notes="Composed from the report's text: rubric, title and dateline added. Letter-spaced headline and a letter-spaced first line (justified)."),
 Art("产业链供应链自主可控能力持续增强", [s(JH,16)], byline_line="本报记者  王  刚", byline="本报记者  王  刚",
     authors=["王刚"], kicker="提升产业基础能力——", splits={0:82},
     notes="Composed title and kicker over the report's paragraph."),
 Art("产业结构持续优化", [sents(s(JH,17),3), sents(s(JH,18),3)], spaced_first={1:16}, title_lines=["产业结构", "持续优化"],
     trailing="（本报北京、上海3月15日电  记者王刚、李明）", byline="（本报北京、上海3月15日电  记者王刚、李明）", authors=["王刚","李明"],
     notes="Composed. The title is printed over two lines; the second continues the first (one title). Closing bracket credit with two authors is the byline."),
])

page("dev","jcrb_2022-04-07_p02",[
 Art(None, [mid(s(NJ,12)), sents(s(NJ,13),2)], kind="fragment",
     notes="Continuation from another page with no marker; it starts mid-sentence."),
 Art("智能催芽机让稻种“喝水”有数", ["本报讯（记者 张华  通讯员 赵敏）"+sents(s(NJ,20),3), s(NJ,22), sents(s(NJ,23),2)],
     column="民生一线", column_line="【民生一线】", dateline="本报讯（记者 张华  通讯员 赵敏）", authors=["张华","赵敏"],
     splits={1:"包含土壤、有机肥等好几层。”装土、压沟、撒"},
     notes="Composed title, rubric and dateline (reporter and correspondent) over the source's paragraphs."),
 Photo([s(NJ,29)], None, [], gap=4, notes="A caption without credit after a picture gap (a sentence of the source used as caption)."),
 Art("稳字当头 稳中求进", [s(JH,57), sents(s(JH,59),1)], byline_line="本报评论员", byline="本报评论员", splits={1:90},
     notes="Composed commentary from the report's text: '本报评论员' under the title is the byline (no authors)."),
 Art("无人驾驶拖拉机真省心", [s(NJ,7)[1:s(NJ,7).index("”陶哲说")]], column="读者来信", column_line="【读者来信】",
     glued_trailing="　　湖北武汉市  陶哲", byline="湖北武汉市  陶哲", authors=["陶哲"],
     notes="Composed letter from the speaker's own words; the place + name signature ends the last paragraph: it is the byline and is cut from 'last'."),
], indent=IND)

# ---------- holdout ----------
page("holdout","wb_2022-01-02_p05",[
 Art("坚守巡护岗位 呵护美丽家园", [s(X,i) for i in range(34,40)], kicker=s(X,32), column="人物", column_line="【人物】",
     byline_line="人民网记者"+NB+NB+"张"+NB+NB+"华", byline="人民网记者  张  华", authors=["张华"],
     splits={4:"从岩羊腾跃的高山峡谷，到鸟类翱翔的湿地湖泊，"},
     notes="Padded byline of another outlet (no-break spaces), composed: the source's own credit line is left out."),
 Photo(["青海省玉树藏族自治州杂多县，三江源国家公园的生态管护员在巡护途中。"], None, [], gap=4,
       notes="Caption without a credit after a picture gap (composed caption)."),
 Art("强化使命担当 守护万家灯火", [s(X,i) for i in range(44,49)], kicker=s(X,42), trailing=s(X,49).strip(),
     byline="（本报记者李卓尔采访整理）", authors=["李卓尔"], headline_after=1, spaced_first={1: 8},
     splits={2:"周鑫第一次参加巡逻时，暴雪遮天蔽日，"},
     notes="Headline printed under its first paragraph. The date opening a paragraph is letter-spaced (a justified first line)."),
 Art("认识数字就能配好农药", [s(NZ,8)[s(NZ,8).index("“")+1:s(NZ,8).index("”当然")]],
     column="读者来信", column_line="【读者来信】", trailing="山西运城市  蔡新祥", byline="山西运城市  蔡新祥", authors=["蔡新祥"],
     notes="Composed letter made of the shop owner's own words in the source; the place + name signature alone on a line is the byline, the name the author."),
])

page("holdout","rmrb_1946-05-16_p02",[
 Art("致本报贺电一束", [s(D16,8), s(D16,9), s(D16,11)], first_line="专栏：", between={2:[" "*38+"冀南区党委  五月九日"]}, after_lines=[" "*38+"中共冀鲁豫区党委敬贺"],
     notes="Two telegrams, each signed; the signatures ('冀南区党委  五月九日', '中共冀鲁豫区党委敬贺') are neither paragraphs nor a byline of the collection. See the page: the first signature sits between the paragraphs."),
 Art("济宁日报创刊", [s(J17,8)], dateline="【新华社晋冀鲁豫总分社讯】", first_line="专栏："),
 Art("希特勒式的“神经病”", [s(H15,8), sents(s(H15,9),2), s(H15,12), s(H15,18)], trailing=" "*30+"荒煤",
     byline="荒煤", authors=["荒煤"], first_line="专栏：",
     splits={1:"用种种材料来证明希特勒是“神经病”。似乎不如此，"},
     notes="Commentary signed by a pen name alone on a right-aligned line: the byline."),
], indent=IND)

page("holdout","rmrb_2022-03-15_p04",[
 Art(None, [sents(s(JH,10),3)[sents(s(JH,10),3).index("114.37")+6:], sents(s(JH,11),2)], kind="fragment",
     notes="Starts mid-sentence (continuation from another page, without a marker). Composed: the paragraph is cut inside its first sentence to show a continuation. "),
 Art("着力保障改善民生 人民生活水平稳步提高", [s(JH,46), s(JH,47), sents(s(JH,48),2), sents(s(JH,49),2)],
     splits={1:"全国居民人均可支配收"}, dup=2,
     notes="The paragraph '二是就业优先政策…' is printed twice. Title composed from the report's heading."),
 Art("我们既要正视困难，也要坚定信心", [sents(s(JH,55),3), sents(s(JH,53),2)], byline_line="本报评论员", byline="本报评论员",
     continued_to=5, jump_line="（下转第五版）", splits={0:"我国经济运行面临的困难和挑战明显增多，但经济持续恢复发"},
     notes="Commentary by '本报评论员' (no person, no authors); composed from the report's text."),
], marks={"title":"## "})

page("holdout","jcrb_2022-01-06_p02",[
 Art(None, [mid(s(K,15)), sents(s(K,16),2)], kind="fragment",
     notes="Continuation from page 1 with no marker; it starts mid-sentence."),
 Art("全 国 冬 奥 筹 办 备 赛 工 作 稳 步 推 进".replace(" ",""), ["本报讯　"+sents(s(K,18),2), sents(s(K,19),3), sents(s(K,20),2)],
     title_lines=["全 国 冬 奥 筹 办 备 赛 工 作 稳 步 推 进"], column="冬奥进行时", column_line="【冬奥进行时】",
     dateline="本报讯", byline_line="本报记者  王  刚  通讯员  李  明", byline="本报记者  王  刚  通讯员  李  明",
     authors=["王刚","李明"], splits={1:"听取北京"},
     notes="Letter-spaced headline; composed title and byline (two padded names, reporter and correspondent)."),
 Art("运动员康复治疗水平全方位提高", [sents(s(K,21),2), sents(s(K,22),2)], trailing="（本报北京、上海1月5日电  记者王刚、李明）",
     column="训练基地见闻", column_line="【训练基地见闻】",
     byline="（本报北京、上海1月5日电  记者王刚、李明）", authors=["王刚","李明"], splits={0:"速滑运动员正在进行团体追逐训练。习近平仔细"},
     notes="Closing bracket credit with two places and two authors is the byline (composed)."),
], indent=IND)

page("holdout","jcrb_2022-04-06_p03",[
 Art("农资价格出现较快上涨", ["本报讯（记者 王刚  通讯员 李明）"+sents(s(NZ,16),2), sents(s(NZ,17),2), sents(s(NZ,19),2)], column="民生一线", column_line="【民生一线】",
     dateline="本报讯（记者 王刚  通讯员 李明）", authors=["王刚","李明"], splits={1:"是商务部门的"},
     notes="City-daily style dateline with reporter and correspondent (composed)."),
 Art("种子价格略有上涨", [sents(s(NZ,22),2), sents(s(NZ,23),2), sents(s(NZ,24),2)], kicker="运城市对种子市场实现100%抽样检查——",
     byline_line="记者  赵  敏", byline="记者  赵  敏", authors=["赵敏"], splits={2:"由于疫情，这两"}),
 Photo(["运城市盐湖区农资市场，果农在选购农药。"], "记者  赵  敏  摄", ["赵敏"], gap=3),
 Art("让“幸福草”造福更多人", [sents(s(X,10),1), sents(s(X,11),1), "（作者为国家菌草工程技术研究中心研究人员）"],
     byline_line="陈平", byline="陈平", authors=["陈平"],
     notes="Composed. The '（作者为…）' note on its own line closes the body: it is counted as the last paragraph and is not a byline; the name under the title is the byline."),
], marks={"kicker":"### ","title":"## "})

page("holdout","wb_2022-02-04_p06",[
 Art("天地通话背后的“曙光”", [sents(s(KJ,13),2), s(KJ,14), sents(s(KJ,15),2), sents(s(KJ,16),2)], kicker="除夕夜的北京航天飞行控制中心——",
     column="新春走基层", column_line="（新春走基层）", byline_line="本报记者"+NB+NB+"刘"+NB+NB+"洋", byline="本报记者  刘  洋", authors=["刘洋"],
     splits={2:"在中国航天员中心航天员支持大厅，曙光指挥、曙光"},
     notes="Composed title, kicker, rubric and padded byline (no-break spaces) over the source's paragraphs."),
 Photo([sents(s(KJ,7),2)], "王亚平摄（影像中国）", ["王亚平"], glued=True, gap=3,
       notes="Caption from the source; the credit glued to it and its tag are composed. The tag is not part of the credit."),
 Art("果农的账本", [s(NZ,9), sents(s(NZ,14),2), sents(s(NZ,15),2)], trailing=" "*24+"李明", byline="李明", authors=["李明"],
     splits={1:"各类化肥的价格涨得很快。比如常用的尿素，已经从前"},
     notes="Composed title; a signature alone on a right-aligned line after the last paragraph is the byline."),
])

import shutil
root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "corpus")
for sp in ("dev","holdout"):
    shutil.rmtree(root+"/"+sp, ignore_errors=True)
for name,(sp,p) in sorted(pages.items()):
    p.write(root, sp)
print(len(pages), "pages")
