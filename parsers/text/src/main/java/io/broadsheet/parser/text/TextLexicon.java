package io.broadsheet.parser.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The words and patterns the page parser recognises: data, not code. The defaults suit mainland
 * Chinese dailies; an operator tunes them for another paper in YAML, under {@code parsers.text.lexicon}
 * (a key given replaces that list) or {@code parsers.text.lexiconAdditions} (a key given is appended to
 * the default list). Patterns are Java regular expressions.
 *
 * @param reporterRoles       words that name a role in a byline ("记者", "通讯员"); a role may also be
 *                            prefixed by an organisation ("山西日报记者")
 * @param standaloneBylines   bylines without a person name ("本报评论员")
 * @param reportingWords      words after the names of a byline ("（本报记者王可采访整理）", "记者 王可 报道")
 * @param ownPaper            how a paper names itself in a dateline ("本报")
 * @param agencies            news agencies and papers that open agency datelines ("新华社")
 * @param datelinePatterns    dateline shapes; {@code {ownPaper}} and {@code {agency}} stand for the lists
 *                            above (the bracketed ones, "【本市讯】", "【新华社延安十二日电】", are of the 1940s);
 *                            above; named groups {@code agency}, {@code place}, {@code date} fill the model
 * @param jumpToWords         words of a forward jump marker, as in "(下转第三版)"
 * @param jumpFromWords       words of a backward jump marker, as in "(上接第一版)"
 * @param creditMarkers       words that end a photo credit ("摄"), written after the photographer
 * @param creditPhrases       whole credits without a person ("新华社发")
 * @param captionCues         starts of a photo caption ("图为")
 * @param sentenceEnds        characters after which a block is a finished paragraph (no layout join)
 * @param paragraphEnds       endings that also close a paragraph ("——" introducing a list)
 * @param closingMarks        closing quotes and brackets, looked through when finding a block's last mark
 * @param correspondentMarks  bracketed marks kept in the text, not column labels ("本通")
 * @param columnOpeners       titles that follow a column label ("开栏的话")
 * @param sectionPatterns     starts of numbered or bulleted section headings ("一、", "（二）", "■")
 * @param signaturePatterns   the date lines that sign a letter or statement
 * @param furniturePatterns   lines of the page itself, not of an item: editors' credits, the folio with date
 *                            and weekday; they are left out of every item
 * @param surnames            family names: names printed without a role ("郭建祯", "王荣 王晓丽") must
 *                            start with one, so that a short phrase is not taken for a person
 * @param placeSuffixes       ends of place names in a reader's signature ("浙江杭州市  赵敏")
 * @param honorifics          words after a family name that sign a letter instead of a name ("孙先生")
 * @param closingNotePatterns bracketed notes that close a body and are not bylines ("（作者为…）",
 *                            "（摘编自…）", "（…参与采写）")
 * @param closingCreditPatterns bracketed credits closing an article: group {@code byline} holds the
 *                            reporters ("（本报北京、上海5月8日电  记者王刚、李明）")
 * @param photoSources        source tags printed after a photo or its credit ("（影像中国）")
 * @param institutionSuffixes ends of an institution's name signing a report under its dash subtitle
 *                            ("国家发展和改革委员会" under "——2022年3月5日在…会议上"): the byline, not a subtitle
 * @param graphicCreditLabels labels printed before the maker of a graphic, map or cartoon, then a colon
 *                            ("制图：汪哲平"): such a line alone is a photo item's credit, never a title
 * @param referencePatterns   cross-references to another page ("相关报道见第三版"): part of no text, never a title
 * @param fieldLabels         labels of a catalogue field printed on their own line ("专栏：")
 * @param danglingEnds        endings after which a headline line goes on in the next line ("…竞争力的")
 * @param fragmentStartPatterns starts that cannot open a paragraph: text starting so continues an
 *                            article printed elsewhere ("，为今年…")
 */
public record TextLexicon(
        List<String> reporterRoles,
        List<String> standaloneBylines,
        List<String> reportingWords,
        List<String> ownPaper,
        List<String> agencies,
        List<String> datelinePatterns,
        List<String> jumpToWords,
        List<String> jumpFromWords,
        List<String> creditMarkers,
        List<String> creditPhrases,
        List<String> captionCues,
        List<String> sentenceEnds,
        List<String> paragraphEnds,
        List<String> closingMarks,
        List<String> correspondentMarks,
        List<String> columnOpeners,
        List<String> sectionPatterns,
        List<String> signaturePatterns,
        List<String> furniturePatterns,
        List<String> surnames,
        List<String> placeSuffixes,
        List<String> honorifics,
        List<String> closingNotePatterns,
        List<String> closingCreditPatterns,
        List<String> photoSources,
        List<String> graphicCreditLabels,
        List<String> institutionSuffixes,
        List<String> referencePatterns,
        List<String> fieldLabels,
        List<String> danglingEnds,
        List<String> fragmentStartPatterns) {

    /** What ships: mainland Chinese dailies, 2020s. */
    public static final TextLexicon DEFAULT = new TextLexicon(
            List.of("记者", "本报记者", "通讯员", "本报通讯员", "特约记者", "本报特约记者", "见习记者", "实习记者",
                    "实习生", "首席记者", "摄影记者", "特派记者", "融媒体记者", "全媒体记者", "评论员", "特约评论员",
                    "撰文", "撰稿", "作者", "文", "图", "文/图", "图/文", "文图", "摄影", "编辑"),
            List.of("本报评论员", "本报特约评论员", "本报评论部", "本报编辑部", "评论员"),
            List.of("报道", "采访整理", "整理", "综合报道", "联合报道", "撰写"),
            List.of("本报"),
            List.of("新华社", "中新社", "中国新闻社", "人民日报", "人民网", "新华网", "中新网", "央视网", "央视新闻",
                    "光明日报", "经济日报", "法治日报", "工人日报", "农民日报", "中国青年报", "科技日报", "中国日报",
                    "澎湃新闻", "新京报", "美联社", "路透社", "法新社", "塔斯社", "共同社", "韩联社"),
            List.of("^(?<agency>{ownPaper})讯",
                    "^(?<agency>{ownPaper})(?<place>\\p{IsHan}{0,6}?)(?<date>[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?:电|讯)",
                    "^据?(?<agency>{agency})(?<place>\\p{IsHan}{1,8}?)(?<date>(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)(?:电|讯)",
                    "^据?(?<agency>{agency})(?:电|讯)",
                    "^【(?<agency>{ownPaper}|本市|本埠|本县|本省)(?<place>\\p{IsHan}{0,6}?)(?:电|讯)】",
                    "^【(?<agency>{agency})(?<place>\\p{IsHan}{1,8}?)(?<date>(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,3})日)(?:电|讯)】"),
            List.of("下转", "转", "紧转", "续转"),
            List.of("上接", "接", "紧接", "续接"),
            List.of("摄", "摄影", "供图"),
            List.of("新华社发", "资料图片", "本报资料图片"),
            List.of("图为", "上图", "下图", "左图", "右图", "图:", "图：", "▲", "△"),
            List.of("。", "！", "？", "!", "?", "；", ";", "…", "：", ":", "."),
            List.of("——"),
            List.of("”", "’", "」", "』", "\"", "'", "）", ")", "】", "》"),
            List.of("本通", "完", "本报通讯员", "通讯员"),
            List.of("开栏的话", "编者按", "编者的话", "编后", "写在前面"),
            List.of("^[一二三四五六七八九十]{1,3}、", "^[（(][一二三四五六七八九十]{1,3}[)）]", "^[0-9０-９]{1,2}[.、．]\\D",
                    "^[■◆●▲◎□★☆◇]"),
            List.of("(?<signer>.{0,40}?)\\s*(?<date>[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)"),
            List.of("^(?:责任编辑|责编|美术编辑|美编|校对|版式|组版|审校|终审|值班编委|本版编辑)\\s*[:：].{0,40}$",
                    "^.{0,12}[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日\\s*(?:星期|周)[一二三四五六日天].{0,24}$"),
            commonSurnames(),
            List.of("特别行政区", "自治区", "自治州", "自治县", "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "村"),
            List.of("先生", "女士", "同学", "老师", "师傅", "阿姨", "大爷"),
            List.of("^[（(]\\s*(?:作者(?:为|系|是)|本文作者)", "^[（(]\\s*(?:摘编|摘|转载|选编|节选|编选|转)自",
                    "^[（(]\\s*(?:来源|稿件来源|本文来源)\\s*[:：]", "(?:参与采写|参与报道|参与调研|对本文亦有贡献)\\s*[)）]$"),
            List.of("^[（(](?<dateline>[^（()）]{0,40}?(?:电|讯))\\s*(?<byline>[^（()）]{2,60})[)）]$"),
            List.of("影像中国", "视觉中国", "人民视觉", "新华社发", "人民图片", "东方IC", "图虫创意"),
            List.of("制图", "绘图", "漫画", "插图", "图表", "设计", "图片"),
            List.of("委员会", "人民政府", "办公厅", "办公室", "研究院", "研究所", "研究中心", "协会", "联合会", "课题组",
                    "编辑部", "评论部", "厅", "局", "部", "委"),
            List.of("^[（(]?\\s*(?:相关(?:报道|评论|新闻|链接|图片|文章)|详细报道|详|另)?见\\s*第?\\s*"
                    + "(?:[0-9０-９]{1,3}|[一二三四五六七八九十〇零两]{1,3})\\s*[版页](?:[^（()）]{0,12})?\\s*[)）]?$"),
            List.of("专栏", "栏目", "专题", "体裁"),
            List.of("的", "和", "与", "及", "在", "为", "对", "把", "向", "让", "将", "从", "被", "以", "于", "并",
                    "而", "或", "、", "，", ","),
            List.of("^[，,、；;：:。．.！!？?）)》〉」』”’]", "^的(?![确士哥])"));

    private static List<String> commonSurnames() {
        List<String> all = new ArrayList<>(List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "申屠", "轩辕"));
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝".codePoints().forEach(c -> all.add(Character.toString(c)));
        return List.copyOf(all);
    }

    /** Nothing: the default of {@code lexiconAdditions}. */
    public static final TextLexicon EMPTY = new TextLexicon(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    public TextLexicon {
        reporterRoles = copy(reporterRoles);
        standaloneBylines = copy(standaloneBylines);
        reportingWords = copy(reportingWords);
        ownPaper = copy(ownPaper);
        agencies = copy(agencies);
        datelinePatterns = copy(datelinePatterns);
        jumpToWords = copy(jumpToWords);
        jumpFromWords = copy(jumpFromWords);
        creditMarkers = copy(creditMarkers);
        creditPhrases = copy(creditPhrases);
        captionCues = copy(captionCues);
        sentenceEnds = copy(sentenceEnds);
        paragraphEnds = copy(paragraphEnds);
        closingMarks = copy(closingMarks);
        correspondentMarks = copy(correspondentMarks);
        columnOpeners = copy(columnOpeners);
        sectionPatterns = copy(sectionPatterns);
        signaturePatterns = copy(signaturePatterns);
        furniturePatterns = copy(furniturePatterns);
        surnames = copy(surnames);
        placeSuffixes = copy(placeSuffixes);
        honorifics = copy(honorifics);
        closingNotePatterns = copy(closingNotePatterns);
        closingCreditPatterns = copy(closingCreditPatterns);
        photoSources = copy(photoSources);
        graphicCreditLabels = copy(graphicCreditLabels);
        institutionSuffixes = copy(institutionSuffixes);
        referencePatterns = copy(referencePatterns);
        fieldLabels = copy(fieldLabels);
        danglingEnds = copy(danglingEnds);
        fragmentStartPatterns = copy(fragmentStartPatterns);
    }

    /** This lexicon with every list of {@code more} appended (duplicates dropped, order kept). */
    public TextLexicon plus(TextLexicon more) {
        return new TextLexicon(
                join(reporterRoles, more.reporterRoles), join(standaloneBylines, more.standaloneBylines),
                join(reportingWords, more.reportingWords),
                join(ownPaper, more.ownPaper), join(agencies, more.agencies),
                join(datelinePatterns, more.datelinePatterns), join(jumpToWords, more.jumpToWords),
                join(jumpFromWords, more.jumpFromWords), join(creditMarkers, more.creditMarkers),
                join(creditPhrases, more.creditPhrases), join(captionCues, more.captionCues),
                join(sentenceEnds, more.sentenceEnds), join(paragraphEnds, more.paragraphEnds),
                join(closingMarks, more.closingMarks), join(correspondentMarks, more.correspondentMarks),
                join(columnOpeners, more.columnOpeners), join(sectionPatterns, more.sectionPatterns),
                join(signaturePatterns, more.signaturePatterns),
                join(furniturePatterns, more.furniturePatterns),
                join(surnames, more.surnames),
                join(placeSuffixes, more.placeSuffixes), join(honorifics, more.honorifics),
                join(closingNotePatterns, more.closingNotePatterns),
                join(closingCreditPatterns, more.closingCreditPatterns), join(photoSources, more.photoSources),
                join(graphicCreditLabels, more.graphicCreditLabels),
                join(institutionSuffixes, more.institutionSuffixes),
                join(referencePatterns, more.referencePatterns), join(fieldLabels, more.fieldLabels),
                join(danglingEnds, more.danglingEnds), join(fragmentStartPatterns, more.fragmentStartPatterns));
    }

    private static List<String> copy(List<String> list) {
        if (list == null) {
            return List.of();
        }
        for (String s : list) {
            if (s == null || s.isEmpty()) {
                throw new IllegalArgumentException("lexicon entries must not be empty");
            }
        }
        return List.copyOf(list);
    }

    private static List<String> join(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
