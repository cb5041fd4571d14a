package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.spi.ParseSession;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code broadsheet inspect} shows, per block, the role it was given and the rule that decided it. */
class ExplainTest {

    @Test
    void everyBlockIsListedWithItsLineRoleAndRule() throws Exception {
        TextParser parser = new TextParser();
        ParseSession session = parser.open(parser.defaultOptions());
        StringBuilder out = new StringBuilder();

        session.explain(Pages.input("misleading-markers.txt"), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).matches("\\s+1\\s+title\\s+page-starts-with-headline > fewest-markers\\s+# 我们在一线");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("subtitle").contains("line-under-title").endsWith("一座小城的抗疫群像"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("section-heading").contains("parallel-to-later-headings")
                .endsWith("街头值守进度表"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("section-heading").contains("deeper-marker-than-title")
                .endsWith("## 药品配送进度表"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("headline").contains("dateline-follows")
                .endsWith("## 河东区召开防汛工作会"));
    }

    @Test
    void joinsAndDuplicatesAreExplained() throws Exception {
        TextParser parser = new TextParser();
        StringBuilder out = new StringBuilder();

        parser.open(parser.defaultOptions()).explain(Pages.input("duplicates.txt"), out);

        assertThat(out.toString()).contains("duplicate").contains("text-already-in-article")
                .contains("body (joined)").contains("previous-block-ends-mid-sentence");
    }
}
