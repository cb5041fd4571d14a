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
}
