package io.broadsheet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.broadsheet.core.error.OptionsException;
import io.broadsheet.core.io.YamlLimits;
import io.broadsheet.runtime.config.Located;
import io.broadsheet.runtime.config.YamlReader;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A config file is untrusted: hostile YAML is refused quickly, naming the file and the limit. */
class UntrustedYamlTest {

    private static Located read(String yaml) {
        return YamlReader.read(new StringReader(yaml), "run.yaml");
    }

    private static void refusedQuickly(String yaml, String... messageParts) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> read(yaml)).isInstanceOf(OptionsException.class)
                        .hasMessageContaining("run.yaml").hasMessageContaining(messageParts[0])
                        .hasMessageContaining(messageParts.length > 1 ? messageParts[1] : messageParts[0]));
    }

    @Test
    void anAliasStandsForTheAnchoredValueNotItsName() {
        Located config = read("from: &f text\nedition:\n  publication: *f\nlist: &l [a, b]\ncopy: *l\n");

        assertThat(config.tree().at("/edition/publication").asText()).isEqualTo("text");
        assertThat(config.tree().at("/copy/1").asText()).isEqualTo("b");
    }

    @Test
    void aSixteenMegabyteScalarIsRefused() {
        refusedQuickly("output: \"" + "x".repeat(16 << 20) + "\"\n", "maxCodePoints", "1000000");
    }

    @Test
    void aCommentLargerThanTheLimitIsRefused() {
        refusedQuickly("output: out\n# " + "c".repeat(8 << 20) + "\n", "maxCodePoints");
    }

    @Test
    void anAliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
        }
        refusedQuickly(yaml.toString(), "maxAliases");
    }

    @Test
    void deepNestingIsRefused() {
        refusedQuickly("a: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n", "maxDepth (50)");
    }

    @Test
    void limitsCanBeRaised() {
        Located config = YamlReader.read(new StringReader("a: [[[[x]]]]\n"), "run.yaml", new YamlLimits(100, 0, 5));

        assertThat(config.tree().at("/a/0/0/0/0").asText()).isEqualTo("x");
        assertThatThrownBy(() -> YamlReader.read(new StringReader("a: [[[[x]]]]\n"), "run.yaml", new YamlLimits(100, 0, 4)))
                .hasMessageContaining("run.yaml:1: YAML nested deeper than maxDepth (4) levels");
    }
}
