package io.broadsheet.exporter.epub.internal;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.text.PageLabels;
import io.broadsheet.core.text.Utf16;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a reader sees for things that have no printed name: editions, pages, untitled items. */
final class Labels {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Labels() {
    }

    /** "2022年11月3日" for an ISO date; any other text as it is. */
    static String date(String isoDate) {
        Matcher m = ISO_DATE.matcher(isoDate);
        if (!m.matches()) {
            return XmlText.collapse(isoDate);
        }
        return m.group(1) + "年" + Integer.parseInt(m.group(2)) + "月" + Integer.parseInt(m.group(3)) + "日";
    }

    static boolean isIsoDate(String s) {
        return s != null && ISO_DATE.matcher(s).matches();
    }

    /** "示例日报 2022年11月3日", from whichever of the two is known; null when neither is. */
    static String edition(Edition e) {
        String publication = blankToNull(XmlText.collapse(e.publication()));
        String date = e.date() == null ? null : blankToNull(date(e.date()));
        if (publication == null) {
            return date;
        }
        return date == null ? publication : publication + " " + date;
    }

    /** The name of a page document: "示例日报 2022年11月3日 第三版", or what is known of it. */
    static String page(Edition e, String fallback) {
        String edition = edition(e);
        String page = e.page() == null ? null : PageLabels.page(e.page());
        if (edition == null) {
            return page == null ? fallback : page;
        }
        return page == null ? edition : edition + " " + page;
    }

    /**
     * What an article is called in the table of contents and in {@code <title>}: its title, or for
     * untitled items a description made from what they have. Never empty.
     */
    static String article(Article a) {
        return article(a, null);
    }

    /** As {@link #article(Article)}; an untitled part whose previous part is known is named after it. */
    static String article(Article a, String continues) {
        String title = blankToNull(XmlText.collapse(a.title()));
        if (title != null) {
            return title;
        }
        if (continues != null) {
            return "（续）" + continues;
        }
        if (a.kind() == ArticleKind.PHOTO) {
            String caption = firstOf(a.caption(), a.credit());
            return caption == null ? "图片" : "图片：" + caption;
        }
        String start = a.paragraphs().stream().map(XmlText::collapse).filter(p -> !p.isEmpty()).findFirst().orElse(null);
        String prefix = a.kind() == ArticleKind.FRAGMENT ? "（续）" : "（无题）";
        return start == null ? prefix : prefix + Utf16.truncate(start, 24);
    }

    private static String firstOf(String... candidates) {
        for (String c : candidates) {
            String v = blankToNull(XmlText.collapse(c));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
