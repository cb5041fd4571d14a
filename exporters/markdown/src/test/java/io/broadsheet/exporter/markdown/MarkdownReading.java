package io.broadsheet.exporter.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.broadsheet.testkit.TestArticles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Reads exported Markdown back the way an independent consumer would: the front matter with a real
 * YAML parser (SnakeYAML through Jackson), the body with commonmark-java.
 */
public final class MarkdownReading {

    /** A block of the rendered document: "h1", "h2", "p" or "hr", with its text content. */
    public record Block(String type, String text) {
        public static Block p(String text) {
            return new Block("p", text);
        }

        public static Block h2(String text) {
            return new Block("h2", text);
        }
    }

    public record Document(JsonNode frontMatter, String body) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Parser COMMONMARK = Parser.builder().build();

    private MarkdownReading() {
    }

    public static Document split(String file) throws IOException {
        if (!file.startsWith("---\n")) {
            return new Document(null, file);
        }
        int end = file.indexOf("\n---\n", 3);
        assertThat(end).as("closing --- of the front matter").isPositive();
        JsonNode yaml = YAML.readTree(file.substring(4, end + 1));
        return new Document(yaml, file.substring(end + 5));
    }

    /** The top-level blocks; any node other than text and strong emphasis shows up in the text as <Type>. */
    public static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        for (Node n = COMMONMARK.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                out.add(new Block("h" + h.getLevel(), text(h)));
            } else if (n instanceof Paragraph) {
                out.add(Block.p(text(n)));
            } else if (n instanceof ThematicBreak) {
                out.add(new Block("hr", ""));
            } else {
                out.add(new Block("<" + n.getClass().getSimpleName() + ">", text(n)));
            }
        }
        return out;
    }

    /** The first child of the first paragraph when it is bold, else null. */
    public static String leadingBold(String markdown) {
        for (Node n = COMMONMARK.parse(markdown).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph) {
                return n.getFirstChild() instanceof StrongEmphasis s ? text(s) : null;
            }
        }
        return null;
    }

    public static String html(String markdown) {
        return HtmlRenderer.builder().build().render(COMMONMARK.parse(markdown));
    }

    private static String text(Node parent) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof StrongEmphasis) {
                out.append(text(n));
            } else {
                out.append('<').append(n.getClass().getSimpleName()).append('>').append(text(n));
            }
        }
        return out.toString();
    }

    /** What CommonMark legitimately changes, and the exporter does on purpose: U+0000 and lone surrogates become U+FFFD. */
    public static String normalise(String s) {
        return replaceLoneSurrogates(s).replace('\u0000', '\uFFFD');
    }

    /** What any UTF-8 output must change: a lone surrogate cannot be encoded, it becomes U+FFFD. */
    public static String replaceLoneSurrogates(String s) {
        return TestArticles.replaceLoneSurrogates(s);
    }
}
