package io.broadsheet.exporter.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.exporter.epub.EpubExporterOptions.Split;
import org.junit.jupiter.api.Test;

class EpubExporterOptionsTest {

    private static EpubExporterOptions with(String language, String title, int navLabelLength, String modified) {
        return new EpubExporterOptions(title, language, null, null, Split.ARTICLE, false, null, navLabelLength, modified);
    }

    @Test
    void defaultsAreValid() {
        EpubExporterOptions defaults = Books.EXPORTER.defaultOptions();

        assertThat(defaults.language()).isEqualTo("zh-Hans");
        assertThat(defaults.split()).isEqualTo(Split.ARTICLE);
        assertThat(defaults.vertical()).isFalse();
        assertThat(defaults.extraCss()).isEmpty();
        assertThat(defaults.modified()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void languageMustBeAWellFormedTag() {
        assertThat(with("zh-Hant-TW", null, 60, "2026-01-01T00:00:00Z").language()).isEqualTo("zh-Hant-TW");
        assertThatThrownBy(() -> with("zh_CN", null, 60, "2026-01-01T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zh_CN").hasMessageContaining("BCP 47");
        assertThatThrownBy(() -> with(" ", null, 60, "2026-01-01T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("language is required");
    }

    @Test
    void modifiedMustBeAUtcTimeToTheSecond() {
        assertThatThrownBy(() -> with("zh-Hans", null, 60, "2026-01-01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modified");
        assertThatThrownBy(() -> with("zh-Hans", null, 60, "2026-02-30T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid time");
    }

    @Test
    void otherValuesAreChecked() {
        assertThatThrownBy(() -> with("zh-Hans", " ", 60, "2026-01-01T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title must not be blank");
        assertThatThrownBy(() -> with("zh-Hans", null, 7, "2026-01-01T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("navLabelLength");
        assertThatThrownBy(() -> new EpubExporterOptions(null, "zh-Hans", null, null, null, false, "", 60,
                "2026-01-01T00:00:00Z")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split");
    }
}
