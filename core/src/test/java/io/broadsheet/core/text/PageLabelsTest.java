package io.broadsheet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLabelsTest {

    @ParameterizedTest
    @CsvSource({"3,第三版", "16,第十六版", "0,第0版"})
    void namesPages(int n, String expected) {
        assertThat(PageLabels.page(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"（下转第三版）,3", "见第3版,3", "第１２版 第三版,12", "第一百零五版,105", "第版,-1", "下转三版,-1", "'',-1"})
    void findsThePageOfTheFirstLabel(String text, int expected) {
        assertThat(PageLabels.pageIn(text)).isEqualTo(expected);
    }
}
