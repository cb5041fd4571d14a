package io.broadsheet.parser.markdown.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The literal text of a paragraph or heading, as the lines it was written on: commonmark has already
 * removed escapes and decoded entities. Images are skipped; inline HTML tags are dropped except
 * {@code <br>}, which ends a line.
 */
final class InlineText extends AbstractVisitor {

    private static final Pattern BR = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    static List<String> lines(Node block) {
        InlineText visitor = new InlineText();
        block.accept(visitor);
        visitor.endLine();
        return visitor.lines;
    }

    @Override
    public void visit(Text text) {
        line.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        line.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        endLine();
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        endLine();
    }

    @Override
    public void visit(HtmlInline html) {
        if (BR.matcher(html.getLiteral()).matches()) {
            endLine();
        }
    }

    @Override
    public void visit(Image image) {
        // Images are skipped, alt text included: a post's pictures are not article text.
    }

    private void endLine() {
        lines.add(line.toString());
        line.setLength(0);
    }
}
