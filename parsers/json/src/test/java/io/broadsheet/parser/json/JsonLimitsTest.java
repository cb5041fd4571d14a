package io.broadsheet.parser.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.HugeInput;
import io.broadsheet.testkit.SmallHeap;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A line longer than {@code maxLineMegabytes} is refused while it is read, not after. */
class JsonLimitsTest {

    private static final long LINE_BYTES = 300L * 1024 * 1024;

    @TempDir
    Path tmp;

    private static HugeInput goodLineThenHugeOne() {
        String good = ArticleJson.write(new ArticleGenerator(1).generate(1).get(0)) + "\n";
        return HugeInput.of(good + "{\"id\":\"", "a", LINE_BYTES, "\"}\n");
    }

    @Test
    void aLineOverTheLimitStopsTheFileNamingTheLimitAfterTheArticlesBeforeIt() {
        HugeInput huge = goodLineThenHugeOne();
        SourceInput input = new SourceInput() {
            @Override public String path() { return "big.jsonl"; }
            @Override public InputStream open() { return huge.open(); }
            @Override public long size() { return huge.size(); }
        };
        CollectingSink sink = new CollectingSink();
        JsonParser parser = new JsonParser();

        assertThatThrownBy(() -> parser.open(new JsonParserOptions(4)).parse(input, sink))
                .isInstanceOf(LimitExceededException.class)
                .hasMessage("big.jsonl:2: line longer than maxLineMegabytes (4 MB)");
        assertThat(sink.articles()).hasSize(1);
    }

    @Test
    void aThreeHundredMegabyteLineInsideASmallZipIsRefusedWithinASmallHeap() throws Exception {
        Path zip = goodLineThenHugeOne().zip(tmp.resolve("archive.zip"), "big.jsonl");
        assertThat(zip.toFile().length()).isLessThan(2L * 1024 * 1024);

        SmallHeap.Result result = SmallHeap.parse(JsonParser.class, zip);

        assertThat(result.output())
                .contains("error: big.jsonl:2: line longer than maxLineMegabytes (16 MB)")
                .contains("articles: 1");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void theLimitIsAnOptionWithAPlainDefault() {
        assertThat(new JsonParser().defaultOptions().maxLineMegabytes()).isEqualTo(16);
        assertThat(new JsonParser().describeOption("maxLineMegabytes")).contains("default 16");
        assertThatThrownBy(() -> new JsonParserOptions(0)).hasMessageContaining("maxLineMegabytes");
    }
}
