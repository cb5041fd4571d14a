package io.broadsheet.examples.atom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.broadsheet.examples.atom.AtomExporterOptions.Content;
import org.junit.jupiter.api.Test;

class AtomExporterOptionsTest {

    private static final String TIME = "2026-01-01T00:00:00Z";

    @Test
    void theDefaultsAreValid() {
        AtomExporterOptions defaults = new AtomExporter().defaultOptions();

        assertThat(defaults.content()).isEqualTo(Content.XHTML);
        assertThat(defaults.includePhotos()).isFalse();
        assertThat(defaults.defaultUpdated()).isEqualTo(TIME);
    }

    @Test
    void acceptsRealValues() {
        AtomExporterOptions o = new AtomExporterOptions("江城日报", "tag:example.org,2022:jiangcheng",
                "https://example.org/feed.atom", "江城日报社", "zh-Hans", Content.TEXT, true, "2022-11-11T08:00:00Z");

        assertThat(o.feedId()).isEqualTo("tag:example.org,2022:jiangcheng");
    }

    @Test
    void refusesRelativeOrMalformedIris() {
        assertThatIllegalArgumentException().isThrownBy(() -> with("feed/1", null))
                .withMessageContaining("feedId must be an absolute IRI");
        assertThatIllegalArgumentException().isThrownBy(() -> with(null, "http://exa mple.org/"))
                .withMessageContaining("selfLink");
    }

    @Test
    void refusesBlankTextAndBadLanguageTags() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AtomExporterOptions(" ", null, null, null, null, Content.XHTML, false, TIME))
                .withMessageContaining("title must not be blank");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AtomExporterOptions(null, null, null, null, "zh_CN!", Content.XHTML, false, TIME))
                .withMessageContaining("BCP 47");
    }

    @Test
    void refusesAMissingContentModeAndTimesThatAreNotUtc() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AtomExporterOptions(null, null, null, null, null, null, false, TIME))
                .withMessageContaining("content must be xhtml or text");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AtomExporterOptions(null, null, null, null, null, Content.XHTML, false, "2026-01-01"))
                .withMessageContaining("yyyy-MM-ddTHH:mm:ssZ");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AtomExporterOptions(null, null, null, null, null, Content.XHTML, false, "2026-02-30T00:00:00Z"))
                .withMessageContaining("not a valid time");
    }

    private static AtomExporterOptions with(String feedId, String selfLink) {
        return new AtomExporterOptions(null, feedId, selfLink, null, null, Content.XHTML, false, TIME);
    }
}
