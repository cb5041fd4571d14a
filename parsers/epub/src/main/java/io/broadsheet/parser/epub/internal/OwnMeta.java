package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The {@code <meta name="broadsheet:…">} elements of one of our own documents, by name, in order. */
final class OwnMeta {

    static final String PREFIX = "broadsheet:";
    private static final String METADATA = PREFIX + "meta:";
    private static final Pattern LINES = Pattern.compile("(\\d+)(?:-(\\d+))?");

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final String book;
    private final String entry;

    private OwnMeta(String book, String entry) {
        this.book = book;
        this.entry = entry;
    }

    static OwnMeta of(Document html, String book, String entry) {
        OwnMeta meta = new OwnMeta(book, entry);
        for (Element m : html.getElementsByTag("meta")) {
            String name = m.attr("name");
            if (name.startsWith(PREFIX) && m.hasAttr("content")) {
                meta.values.computeIfAbsent(name, k -> new ArrayList<>()).add(m.attr("content"));
            }
        }
        return meta;
    }

    /**
     * Whether {@code html} is one of ours: a {@code broadsheet:*} meta in its head (every document of
     * ours has at least the edition's), or an {@code <article data-id>} (documents holding several).
     */
    static boolean isOwn(Document html) {
        for (Element m : html.getElementsByTag("meta")) {
            if (m.attr("name").startsWith(PREFIX)) {
                return true;
            }
        }
        return html.selectFirst("article[data-id]") != null;
    }

    /**
     * The meta for one {@code <article>}: its {@code data-id}, {@code data-kind}, {@code data-source}
     * and {@code data-source-lines} win over the head's, which describe the document. In a document
     * of several articles the head names no article's id; its edition is what they all share.
     */
    OwnMeta forArticle(Element article, boolean only) {
        OwnMeta meta = new OwnMeta(book, entry);
        meta.values.putAll(values);
        if (!only) {
            meta.values.remove(PREFIX + "id");
        }
        override(meta, article, "id");
        override(meta, article, "kind");
        if (article.hasAttr("data-source")) {
            meta.values.remove(PREFIX + "source-lines");
            override(meta, article, "source");
            override(meta, article, "source-lines");
        }
        return meta;
    }

    private static void override(OwnMeta meta, Element article, String name) {
        if (article.hasAttr("data-" + name)) {
            meta.values.put(PREFIX + name, List.of(article.attr("data-" + name)));
        }
    }

    /** The first value of {@code broadsheet:name}, or null; an empty value counts as absent. */
    String get(String name) {
        List<String> list = values.get(PREFIX + name);
        return list == null || list.get(0).isEmpty() ? null : list.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(PREFIX + name, List.of());
    }

    Integer number(String name) {
        String value = get(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw error(PREFIX + name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Every {@code broadsheet:meta:key}, as metadata. */
    Map<String, String> metadata() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((name, list) -> {
            if (name.startsWith(METADATA)) {
                out.put(name.substring(METADATA.length()), list.get(0));
            }
        });
        return out;
    }

    /** The source our exporter named, else the book itself. */
    SourceRef source() {
        String path = get("source");
        if (path == null) {
            return new SourceRef(book, 0, 0, null);
        }
        int start = 0;
        int end = 0;
        String lines = get("source-lines");
        if (lines != null) {
            Matcher m = LINES.matcher(lines.strip());
            if (!m.matches()) {
                throw error("broadsheet:source-lines must be 'start-end', not '" + lines + "'");
            }
            start = Integer.parseInt(m.group(1));
            end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
            if (end < start) {
                throw error("broadsheet:source-lines ends before it starts: '" + lines + "'");
            }
        }
        return new SourceRef(path, start, end, get("source-encoding"));
    }

    InputException error(String reason) {
        return new InputException(book, 0, "entry '" + entry + "': " + reason);
    }
}
