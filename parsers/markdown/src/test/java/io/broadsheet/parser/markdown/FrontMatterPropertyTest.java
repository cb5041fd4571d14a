package io.broadsheet.parser.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.ArticleGenerator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property: any string a standard YAML writer puts in the front matter (quotes, "---", "#", colons,
 * line breaks, control characters, emoji) is read back exactly. Values come from the seeded hostile
 * generator; the YAML is written by Jackson, not by this parser's rules.
 */
class FrontMatterPropertyTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @Test
    void hostileScalarsAndListsSurviveExactly() throws Exception {
        for (long seed = 1; seed <= 30; seed++) {
            ArticleGenerator generator = new ArticleGenerator(seed).hostile(true);
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("title", value(generator));
            front.put("kicker", value(generator));
            front.put("subtitles", List.of(value(generator), value(generator)));
            front.put("kind", "article");
            front.put("id", "0012" + seed);
            front.put("metadata", Map.of("note", value(generator)));
            String yaml = YAML.writeValueAsString(front);
            String md = yaml + "---\n\n正文。\n";

            Article a = Fixtures.parse(SourceInput.ofBytes("p.md", md.getBytes(StandardCharsets.UTF_8)),
                    Fixtures.PARSER.defaultOptions()).articles().get(0);

            assertThat(a.title()).as("seed %d\n%s", seed, yaml).isEqualTo(front.get("title"));
            assertThat(a.kicker()).as("seed %d\n%s", seed, yaml).isEqualTo(front.get("kicker"));
            assertThat(a.subtitles()).as("seed %d\n%s", seed, yaml).isEqualTo(front.get("subtitles"));
            assertThat(a.id()).isEqualTo("0012" + seed);
            assertThat(a.metadata()).as("seed %d\n%s", seed, yaml).isEqualTo(front.get("metadata"));
            assertThat(a.paragraphs()).containsExactly("正文。");
        }
    }

    /** A hostile text a UTF-8 file can hold: unpaired surrogates have no UTF-8 form. */
    private static String value(ArticleGenerator generator) {
        return generator.encodableText(1, 40);
    }
}
