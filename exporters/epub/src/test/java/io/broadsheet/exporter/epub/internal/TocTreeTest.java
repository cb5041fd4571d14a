package io.broadsheet.exporter.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Edition;
import io.broadsheet.exporter.epub.internal.TocTree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class TocTreeTest {

    private static TocEntry entry(String label, String publication, String date, Integer page) {
        return new TocEntry("text/" + label + ".xhtml", label, new Edition(publication, date, page));
    }

    @Test
    void groupsRunsOfEditionAndPageAndKeepsReadingOrder() {
        List<Node> tree = TocTree.build(List.of(
                entry("a", "云泽日报", "2023-03-14", 1),
                entry("b", "云泽日报", "2023-03-14", 1),
                entry("c", "云泽日报", "2023-03-14", 2),
                entry("d", null, null, null),
                entry("e", "云泽日报", "2023-03-14", 2),
                entry("f", "云泽晚报", "2023-03-14", null)));

        assertThat(tree).extracting(Node::label)
                .containsExactly("云泽日报 2023年3月14日", "d", "云泽日报 2023年3月14日", "云泽晚报 2023年3月14日");
        assertThat(tree.get(0).children()).extracting(Node::label).containsExactly("第一版", "第二版");
        assertThat(tree.get(0).children().get(0).children()).extracting(Node::label).containsExactly("a", "b");
        assertThat(tree.get(0).href()).isEqualTo("text/a.xhtml");
        assertThat(tree.get(0).children().get(1).href()).isEqualTo("text/c.xhtml");
        assertThat(tree.get(2).children().get(0).children()).extracting(Node::label).containsExactly("e");
        assertThat(tree.get(3).children()).extracting(Node::label).containsExactly("f");
        assertThat(TocTree.depth(tree)).isEqualTo(3);
    }

    @Test
    void pagesWithoutAnEditionStandAtTheTop() {
        List<Node> tree = TocTree.build(List.of(entry("a", null, null, 3), entry("b", null, null, 3)));

        assertThat(tree).extracting(Node::label).containsExactly("第三版");
        assertThat(tree.get(0).children()).extracting(Node::label).containsExactly("a", "b");
    }
}
