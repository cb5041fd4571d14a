package io.broadsheet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    @ParameterizedTest
    @CsvSource({"2017-08-30T01:37:56+08:00,2017-08-30", "2017/8/3,2017-08-03", "2017.08.30 10:00,2017-08-30",
        "' 2022-11-10 ',2022-11-10", "2017-13-01,", "2017-00-10,", "2017-01-32,", "2017-08-301,", "30/08/2017,",
        "2017年8月30日,", "'',"})
    void readsTheDateAValueStartsWith(String value, String expected) {
        assertThat(Dates.isoDate(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2017-08-30T01:37:56+08:00,2017-08-30", "' 2017-08-30',2017-08-30", "2017-13-45,2017-13-45",
        "2017/08/30,", "2017-8-30,", "2017-08-301,"})
    void readsAnIsoPrefixAsWritten(String value, String expected) {
        assertThat(Dates.isoDatePrefix(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2017-07-26-farewell-flash.md,2017-07-26", "blog_2017-07-26-x.md,2017-07-26",
        "notes.2017-07-26-x.md,2017-07-26", "2017-07-26.md,", "x2017-07-26-a.md,", "2017-13-26-a.md,"})
    void readsJekyllFileNames(String name, String expected) {
        assertThat(Dates.fromFileName(name)).isEqualTo(expected);
    }

    @Test
    void nullIsNoDate() {
        assertThat(Dates.isoDate(null)).isNull();
        assertThat(Dates.isoDatePrefix(null)).isNull();
    }
}
