package io.broadsheet.parser.markdown.internal;

import io.broadsheet.parser.markdown.MarkdownParserOptions;
import io.broadsheet.parser.markdown.MarkdownParserOptions.RawHtml;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;

/**
 * Flattens a commonmark document into headings and paragraphs, in order. Lists and block quotes give
 * their paragraphs. In exact mode (Broadsheet's own files, whose text is escaped to render literally)
 * the text is kept as is and a line break stays a line break; otherwise it is {@link LooseText}.
 */
final class BlockCollector {

    private final MarkdownParserOptions options;
    private final boolean exact;
    private final List<Block> blocks = new ArrayList<>();

    private BlockCollector(MarkdownParserOptions options, boolean exact) {
        this.options = options;
        this.exact = exact;
    }

    static List<Block> collect(Node document, MarkdownParserOptions options, boolean exact) {
        BlockCollector collector = new BlockCollector(options, exact);
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            collector.block(child);
        }
        return collector.blocks;
    }

    private void block(Node node) {
        if (node instanceof YamlFrontMatterBlock || node instanceof ThematicBreak
                || node instanceof LinkReferenceDefinition) {
            return;
        }
        if (node instanceof Heading heading) {
            List<String> lines = InlineText.lines(heading);
            String text = exact ? String.join("\n", lines) : LooseText.heading(lines);
            blocks.add(Block.heading(heading.getLevel(), text, first(node), last(node)));
        } else if (node instanceof Paragraph) {
            List<String> lines = InlineText.lines(node);
            paragraph(exact ? String.join("\n", lines) : LooseText.join(lines), node);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral(), node);
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral(), node);
        } else if (node instanceof HtmlBlock html) {
            html(html.getLiteral(), node);
        } else {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                block(child);
            }
        }
    }

    private void code(String literal, Node node) {
        if (options.keepCodeBlocks()) {
            paragraph(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal, node);
        }
    }

    private void html(String literal, Node node) {
        // Comments (<!--more-->) are markers for the site generator, never text.
        if (options.rawHtml() == RawHtml.DROP || literal.stripLeading().startsWith("<!--")) {
            return;
        }
        for (String text : HtmlText.paragraphs(literal)) {
            paragraph(text, node);
        }
    }

    private void paragraph(String text, Node node) {
        if (!text.isEmpty()) {
            blocks.add(Block.paragraph(text, first(node), last(node)));
        }
    }

    private static int first(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private static int last(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }
}
