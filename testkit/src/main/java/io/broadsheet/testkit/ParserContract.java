package io.broadsheet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.Parser;
import io.broadsheet.core.spi.SourceInput;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every parser must do. Extend it in the parser's tests and give it sample inputs of the format.
 * Malformed input must end in an {@link InputException} naming the input (or be read as far as it
 * makes sense), never in any other exception.
 */
public abstract class ParserContract<O extends Record> {

    protected abstract Parser<O> parser();

    /** Real or realistic inputs of the format, each giving at least one article. */
    protected abstract List<SourceInput> samples() throws IOException;

    protected O options() {
        return parser().defaultOptions();
    }

    /**
     * Whether articles keep the source path their input records (a format that carries the original
     * source, e.g. our own JSON or CSV) instead of the input's own path.
     */
    protected boolean restoresSourcePaths() {
        return parser().carries().contains(io.broadsheet.core.spi.ModelField.SOURCE);
    }

    /** Parses one input with a fresh session and its end-of-run step, collecting the articles. */
    public static <R extends Record> List<Article> parse(Parser<R> parser, R options, SourceInput input) throws IOException {
        CollectingSink sink = new CollectingSink();
        ParseSession session = parser.open(options);
        session.parse(input, sink);
        session.finish(sink);
        return sink.articles();
    }

    static List<Article> parse(Parser<?> parser, SourceInput input) throws IOException {
        return parseDefault(parser, input);
    }

    private static <R extends Record> List<Article> parseDefault(Parser<R> parser, SourceInput input) throws IOException {
        return parse(parser, parser.defaultOptions(), input);
    }

    /** The extension junk and empty inputs are named with: the parser's first, or "bin" for a sniff-only parser. */
    private String anExtension() {
        return parser().extensions().stream().sorted().findFirst().orElse("bin");
    }

    @Test
    void describesItselfForFormatsListing() {
        PluginChecks.describesItself(parser());
        assertThat(parser().extensions()).allSatisfy(e -> assertThat(e).matches("[a-z0-9]+"));
    }

    @Test
    void bindsItsOptionsStrictly() {
        PluginChecks.bindsOptionsStrictly(parser());
    }

    @Test
    void readsEverySampleWithSourcePathsAndUniqueIds() throws Exception {
        assertThat(samples()).as("samples").isNotEmpty();
        for (SourceInput input : samples()) {
            List<Article> articles = parse(parser(), options(), input);
            assertThat(articles).as("articles of %s", input.path()).isNotEmpty();
            Set<String> ids = new HashSet<>();
            for (Article a : articles) {
                if (restoresSourcePaths()) {
                    assertThat(a.source().path()).isNotBlank();
                } else {
                    assertThat(a.source().path()).isEqualTo(input.path());
                }
                assertThat(ids.add(a.id())).as("id %s is unique in %s", a.id(), input.path()).isTrue();
            }
        }
    }

    @Test
    void isDeterministic() throws Exception {
        for (SourceInput input : samples()) {
            assertThat(parse(parser(), options(), input)).isEqualTo(parse(parser(), options(), input));
        }
    }

    @Test
    void sniffsItsOwnSamples() throws Exception {
        for (SourceInput input : samples()) {
            byte[] head;
            try (var in = input.open()) {
                head = in.readNBytes(8192);
            }
            boolean byExtension = parser().extensions().stream().anyMatch(e -> input.fileName().toLowerCase().endsWith("." + e));
            assertThat(byExtension || parser().sniff(input.fileName(), head)).as("%s is recognised", input.path()).isTrue();
        }
    }

    @Test
    @Timeout(30)
    void malformedInputFailsWithAnInputErrorOrParses() {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] junk = new byte[random.nextInt(4096)];
            random.nextBytes(junk);
            SourceInput input = SourceInput.ofBytes("junk/" + i + "." + anExtension(), junk);
            assertThatCode(() -> {
                try {
                    parse(parser(), options(), input);
                } catch (InputException e) {
                    assertThat(e.source()).isEqualTo(input.path());
                }
            }).as("junk input %d", i).doesNotThrowAnyException();
        }
    }

    @Test
    void anEmptyInputIsNotACrash() {
        SourceInput empty = SourceInput.ofBytes("empty." + anExtension(), new byte[0]);
        assertThatCode(() -> {
            try {
                parse(parser(), options(), empty);
            } catch (InputException e) {
                assertThat(e.getMessage()).startsWith(empty.path());
            }
        }).doesNotThrowAnyException();
    }
}
