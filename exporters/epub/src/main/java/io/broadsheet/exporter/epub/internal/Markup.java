package io.broadsheet.exporter.epub.internal;

/**
 * A small XML writer over a {@link StringBuilder}: every text and attribute value goes through {@link
 * XmlText}, so callers cannot produce markup from content by mistake. Attributes are given as name/value
 * pairs; a pair whose value is null is left out.
 */
final class Markup {

    private final StringBuilder out;

    Markup() {
        this(new StringBuilder(4096));
    }

    Markup(StringBuilder out) {
        this.out = out;
    }

    Markup open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element with no content, written {@code <tag .../>}. */
    Markup empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** {@code <tag ...>text</tag>}, or nothing at all when {@code text} is null. */
    Markup element(String tag, String text, String... attributes) {
        if (text != null) {
            open(tag, attributes).text(text).close(tag);
        }
        return this;
    }

    /** {@link #element} followed by a line break; nothing at all when {@code text} is null. */
    Markup line(String tag, String text, String... attributes) {
        if (text != null) {
            element(tag, text, attributes).newline();
        }
        return this;
    }

    Markup text(String text) {
        XmlText.appendText(out, text);
        return this;
    }

    /** Markup written verbatim: only for constant markup and for output of another {@code Markup}. */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    Markup newline() {
        out.append('\n');
        return this;
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void attributes(String[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                out.append(' ').append(pairs[i]).append("=\"");
                XmlText.appendAttribute(out, pairs[i + 1]);
                out.append('"');
            }
        }
    }
}
