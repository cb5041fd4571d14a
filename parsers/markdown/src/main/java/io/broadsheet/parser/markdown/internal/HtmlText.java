package io.broadsheet.parser.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a raw HTML block, one paragraph per line: {@code <br>} and block elements end a line,
 * runs of white space become one space, scripts and styles give nothing.
 */
final class HtmlText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "li", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "tr", "table", "pre", "section", "article", "figure", "figcaption", "dd", "dt", "hr");
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    static List<String> paragraphs(String html) {
        HtmlText visitor = new HtmlText();
        NodeTraversor.traverse(visitor, Jsoup.parseBodyFragment(html).body());
        visitor.endLine();
        return visitor.lines;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text && !insideSilent(text)) {
            line.append(text.getWholeText().replaceAll("\\s+", " "));
        } else if (node instanceof Element e && (e.normalName().equals("br") || BLOCKS.contains(e.normalName()))) {
            endLine();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            endLine();
        }
    }

    private static boolean insideSilent(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            if (SILENT.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void endLine() {
        String text = LooseText.join(List.of(line.toString()));
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
