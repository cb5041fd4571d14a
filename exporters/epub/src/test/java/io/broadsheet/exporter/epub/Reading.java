package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Asserts that an independent reading of a book finds every article, in order. */
final class Reading {

    private Reading() {
    }

    /**
     * Follows the spine and finds, in reading order, each article's title, photo caption and credit,
     * section headings and paragraphs (as far as XML can carry their characters).
     */
    static void assertEveryArticleRead(Path epub, List<Article> articles) throws IOException {
        String text = new BookReader(epub).text();
        int cursor = 0;
        for (Article a : articles) {
            for (String expected : expectedTexts(a)) {
                String wanted = BookReader.readable(expected);
                int at = text.indexOf(wanted, cursor);
                assertThat(at).as("text of article %s not found after position %d: \"%s\"", a.id(), cursor, wanted)
                        .isGreaterThanOrEqualTo(0);
                cursor = at + wanted.length();
            }
        }
    }

    private static List<String> expectedTexts(Article a) {
        List<String> texts = new ArrayList<>();
        add(texts, a.title());
        add(texts, a.caption());
        add(texts, a.credit());
        for (Section section : a.sections()) {
            add(texts, section.heading());
            section.paragraphs().forEach(p -> add(texts, p));
        }
        return texts;
    }

    private static void add(List<String> texts, String s) {
        if (s != null) {
            texts.add(s);
        }
    }
}
