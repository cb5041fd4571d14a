package io.broadsheet.parser.epub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The headings and paragraphs of a third-party XHTML body, in order. Paragraph-like elements (p, li,
 * dd, pre...) are paragraphs; containers (div, section, lists, tables...) are walked into, and loose
 * text directly inside a container is a paragraph too. Navigation, figures, images, scripts and
 * pandoc's table of contents give nothing.
 */
final class TextBlocks {

    /** A heading (level 1-6) or a paragraph (level 0). */
    record Block(int level, String text) {
    }

    private static final Set<String> SILENT = Set.of("script", "style", "nav", "figure", "img", "svg", "math",
            "head", "audio", "video", "object", "iframe", "template", "noscript");
    private static final Set<String> INLINE = Set.of("a", "span", "em", "strong", "b", "i", "u", "sup", "sub",
            "small", "big", "code", "abbr", "cite", "q", "br", "mark", "s", "del", "ins", "ruby", "rt", "rp", "kbd",
            "var", "time", "font", "tt", "label", "wbr", "dfn", "samp", "bdi", "bdo");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "dt", "dd", "caption", "address", "td", "th");
    private static final Set<String> LEAF_OR_CONTAINER = Set.of("li", "blockquote");

    private final List<Block> blocks = new ArrayList<>();
    private final int maxDepth;

    private TextBlocks(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Containers deeper than {@code maxDepth} are read as one paragraph: hostile nesting must not exhaust the stack. */
    static List<Block> of(Element body, int maxDepth) {
        TextBlocks walker = new TextBlocks(maxDepth);
        walker.container(body, 0);
        return walker.blocks;
    }

    private void container(Element element, int depth) {
        if (depth > maxDepth) {
            paragraph(text(element));
            return;
        }
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                inline.append(text.getWholeText());
            } else if (child instanceof Element e && !silent(e)) {
                if (INLINE.contains(name(e))) {
                    inline.append(text(e));
                } else {
                    paragraph(inline.toString());
                    inline.setLength(0);
                    block(e, depth + 1);
                }
            }
        }
        paragraph(inline.toString());
    }

    private void block(Element e, int depth) {
        String name = name(e);
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            String text = Whitespace.normalize(text(e));
            if (!text.isEmpty()) {
                blocks.add(new Block(name.charAt(1) - '0', text));
            }
        } else if (name.equals("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : e.children()) {
                cells.add(Whitespace.normalize(text(cell)));
            }
            paragraph(String.join(" ", cells));
        } else if (name.equals("pre")) {
            String text = e.wholeText();
            if (!text.isBlank()) {
                blocks.add(new Block(0, text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
            }
        } else if (PARAGRAPHS.contains(name) || LEAF_OR_CONTAINER.contains(name) && !hasBlockChild(e)) {
            paragraph(text(e));
        } else {
            container(e, depth);
        }
    }

    private void paragraph(String raw) {
        String text = Whitespace.normalize(raw);
        if (!text.isEmpty()) {
            blocks.add(new Block(0, text));
        }
    }

    /** The text of an element and its descendants; a {@code <br>} is a line break. Iterative: any depth. */
    static String text(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && node != element) {
                    if (silent(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (name(e).equals("br")) {
                        out.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return out.toString();
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (!INLINE.contains(name(child)) && !silent(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean silent(Element e) {
        String id = e.id().toLowerCase(Locale.ROOT);
        return SILENT.contains(name(e)) || id.equals("toc") || e.hasClass("toc") || e.hasClass("TOC");
    }

    /** The local name, lower case: XHTML may be read with prefixes or in upper case. */
    static String name(Element e) {
        String tag = e.tagName();
        int colon = tag.indexOf(':');
        return (colon < 0 ? tag : tag.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }
}
