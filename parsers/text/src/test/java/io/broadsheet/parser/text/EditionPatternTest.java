package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.core.model.Edition;
import io.broadsheet.parser.text.internal.EditionPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EditionPatternTest {

    @ParameterizedTest
    @CsvSource({
            "{publication}/{yyyy-MM-dd}/{page}.txt, 江城日报/2022-11-10/01.txt, 江城日报, 2022-11-10, 1",
            "{publication}/{yyyy-MM-dd}/{page}.txt, archive/江城日报/2022-11-10/A12.txt, 江城日报, 2022-11-10, 12",
            "{yyyyMMdd}_{page}.txt, 20221110_03.txt, , 2022-11-10, 3",
            "{publication}-{yyyy-MM-dd}-{*}-{page}.txt, sxrb-2022-11-10-night-4.txt, sxrb, 2022-11-10, 4",
    })
    void readsTheEditionFromThePath(String pattern, String path, String publication, String date, Integer page) {
        assertThat(EditionPattern.compile(pattern).read(path)).isEqualTo(new Edition(publication, date, page));
    }

    @Test
    void aPathThatDoesNotFitGivesNothing() {
        EditionPattern p = EditionPattern.compile("{publication}/{yyyy-MM-dd}/{page}.txt");

        assertThat(p.read("000_7cb0d6f90dc5d7f1.txt")).isEqualTo(Edition.UNKNOWN);
        assertThat(p.read("paper/2022-13-45/01.txt").date()).isNull();
    }

    @Test
    void unknownPlaceholdersAreNamed() {
        assertThatThrownBy(() -> EditionPattern.compile("{paper}/{page}.txt")).hasMessageContaining("{paper}");
        assertThatThrownBy(() -> EditionPattern.compile("pages.txt")).hasMessageContaining("no placeholder");
    }
}
