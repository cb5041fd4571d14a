package io.broadsheet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MemoryTargetTest {

    @Test
    void keepsFilesInCreationOrderAndKnowsWhichAreClosed() throws Exception {
        MemoryTarget target = new MemoryTarget("out");
        try (OutputStream b = target.create("out/b.txt")) {
            b.write("乙".getBytes(StandardCharsets.UTF_8));
        }
        OutputStream a = target.create("out/a.txt");
        a.write('a');

        assertThat(target.name()).isEqualTo("out");
        assertThat(target.texts()).containsExactly(
                java.util.Map.entry("out/b.txt", "乙"), java.util.Map.entry("out/a.txt", "a"));
        assertThat(target.allClosed()).isFalse();
        a.close();
        assertThat(target.allClosed()).isTrue();
        assertThat(target.text("out/a.txt")).isEqualTo("a");
    }

    @Test
    void aFileCreatedTwiceOrMissingFailsTheTest() {
        MemoryTarget target = new MemoryTarget("out");
        target.create("x");
        assertThatThrownBy(() -> target.create("x")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> target.text("y")).isInstanceOf(AssertionError.class).hasMessageContaining("x");
    }
}
