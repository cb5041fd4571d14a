package io.broadsheet.parser.csv.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names other tools give the columns Broadsheet needs most (scraper and news-API exports, Chinese
 * spreadsheets). A column the {@code columns} option does not name takes the field its name commonly
 * means, when no other column holds that field yet. Names compare by their letters and digits only,
 * ignoring case: {@code PUBLISHED DATE (GMT)}, {@code published_date_gmt} and {@code publishedDateGmt}
 * are one name. Within a field, earlier names are preferred ({@code content} over {@code description}).
 */
final class CommonColumnNames {

    private static final Map<Field, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(Field.TITLE, List.of("title", "headline", "标题", "题目", "新闻标题"));
        NAMES.put(Field.TEXT, List.of("text", "content", "body", "rawtext", "articletext", "fulltext", "articlebody",
                "正文", "内容", "全文", "新闻内容", "文章内容", "description"));
        NAMES.put(Field.DATE, List.of("date", "pubdate", "publishdate", "publisheddate", "publisheddategmt",
                "publishedat", "publicationdate", "发布时间", "发布日期", "日期", "发表时间"));
        NAMES.put(Field.AUTHORS, List.of("authors", "author", "作者"));
        NAMES.put(Field.PUBLICATION, List.of("publication", "publisher", "newspaper", "报纸", "媒体"));
    }

    private CommonColumnNames() {
    }

    /** Fills, in {@code fields}, the columns still without a field whose name is a common one. */
    static void fill(String[] names, Field[] fields) {
        for (Map.Entry<Field, List<String>> entry : NAMES.entrySet()) {
            if (Arrays.asList(fields).contains(entry.getKey())) {
                continue;
            }
            column:
            for (String common : entry.getValue()) {
                for (int i = 0; i < names.length; i++) {
                    if (fields[i] == null && common.equals(key(names[i]))) {
                        fields[i] = entry.getKey();
                        break column;
                    }
                }
            }
        }
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder();
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }
}
