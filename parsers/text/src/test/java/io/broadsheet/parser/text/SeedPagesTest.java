package io.broadsheet.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.Corpus;
import io.broadsheet.testkit.ParserContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real pages of {@code ../shared/corpus/seeds} against their hand-made gold annotations, field by
 * field, so that a regression names the page, the article and the field. (CI also runs the corpus's
 * own scorer over the CLI's output.) Skipped, saying so, when the corpus is absent.
 */
class SeedPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The pages as printed, and as other pages of the same papers print them: '#' markers are hints
     * that may be missing or flattened, and punctuation may be full-width. The gold stays the same.
     */
    enum Variant {
        AS_PRINTED(t -> t),
        WITHOUT_MARKERS(t -> t.replaceAll("(?m)^#{1,6} +", "")),
        ONE_MARKER_LEVEL(t -> t.replaceAll("(?m)^#{1,6} +", "## ")),
        FULL_WIDTH_PUNCTUATION(t -> t.chars().mapToObj(c -> {
            int k = ",;:?!()".indexOf(c);
            return k >= 0 ? String.valueOf("，；：？！（）".charAt(k)) : String.valueOf((char) c);
        }).collect(java.util.stream.Collectors.joining()));

        final java.util.function.UnaryOperator<String> apply;

        Variant(java.util.function.UnaryOperator<String> apply) {
            this.apply = apply;
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> goldFiles() throws Exception {
        Path gold = Corpus.require("gold");
        List<Path> files;
        try (Stream<Path> list = Files.list(gold)) {
            files = list.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        return files.stream().flatMap(f -> Stream.of(Variant.values())
                .map(v -> org.junit.jupiter.params.provider.Arguments.of(f.getFileName().toString(), v)));
    }

    /** Text as the annotations compare it: width of characters and punctuation and white space ignored. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        for (char c : t.toCharArray()) {
            int half = ",;:?!()".indexOf(c);
            if (half >= 0) {
                out.append("，；：？！（）".charAt(half));
            } else if (!Character.isWhitespace(c) && c != '#' && c != '\u3000') {
                out.append(c);
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("goldFiles")
    void everyAnnotatedItemIsFoundWithItsFields(String goldName, Variant variant) throws Exception {
        JsonNode gold = JSON.readTree(Corpus.require("gold").resolve(goldName).toFile());
        Path seed = Corpus.require("seeds").resolve(gold.get("source").asText());
        TextParser parser = new TextParser();
        String text = variant.apply.apply(Files.readString(seed));
        List<Article> page = ParserContract.parse(parser, parser.defaultOptions(),
                SourceInput.ofBytes(seed.getFileName().toString(), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        SoftAssertions soft = new SoftAssertions();
        List<Article> titled = page.stream().filter(a -> a.title() != null).toList();
        int goldArticles = 0;
        for (JsonNode item : gold.get("items")) {
            String kind = item.get("kind").asText();
            if (kind.equals("article")) {
                goldArticles++;
                String title = item.get("title").asText();
                Article a = titled.stream().filter(p -> norm(p.title()).equals(norm(title))).findFirst().orElse(null);
                soft.assertThat(a).as("article «%s»", title).isNotNull();
                if (a != null) {
                    fields(soft, item, a, title);
                }
            } else if (kind.equals("photo")) {
                String caption = item.path("caption").isTextual() ? item.get("caption").asText() : null;
                List<String> authors = strings(item.get("authors"));
                soft.assertThat(page).as("photo %s", caption != null ? caption.substring(0, 12) : authors)
                        .anySatisfy(p -> {
                            assertThat(p.kind()).isEqualTo(ArticleKind.PHOTO);
                            assertThat(norm(p.caption())).isEqualTo(norm(caption));
                            assertThat(p.authors()).containsExactlyInAnyOrderElementsOf(authors);
                        });
            }
        }
        soft.assertThat(titled).as("titled items of %s", seed.getFileName()).hasSize(goldArticles);
        soft.assertAll();
    }

    private static void fields(SoftAssertions soft, JsonNode g, Article a, String title) {
        List<String> paragraphs = a.paragraphs();
        soft.assertThat(norm(a.column())).as("%s: column", title).isEqualTo(norm(text(g, "column")));
        soft.assertThat(norm(a.kicker())).as("%s: kicker", title).isEqualTo(norm(text(g, "kicker")));
        soft.assertThat(a.subtitles().stream().map(SeedPagesTest::norm).toList()).as("%s: subtitles", title)
                .isEqualTo(strings(g.get("subtitles")).stream().map(SeedPagesTest::norm).toList());
        soft.assertThat(norm(a.byline())).as("%s: byline", title).isEqualTo(norm(text(g, "byline")));
        soft.assertThat(norm(a.dateline() == null ? null : a.dateline().text())).as("%s: dateline", title)
                .isEqualTo(norm(text(g, "dateline")));
        soft.assertThat(a.authors()).as("%s: authors", title).containsExactlyInAnyOrderElementsOf(strings(g.get("authors")));
        soft.assertThat(a.sections().stream().map(Section::heading).filter(h -> h != null).map(SeedPagesTest::norm).toList())
                .as("%s: sections", title)
                .isEqualTo(strings(g.get("sections")).stream().map(SeedPagesTest::norm).toList());
        soft.assertThat(a.continuedTo()).as("%s: continuedTo", title)
                .isEqualTo(g.get("continued_to").isNull() ? null : g.get("continued_to").asInt());
        soft.assertThat(paragraphs).as("%s: paragraphs", title).hasSize(g.get("paragraphs").asInt());
        if (!paragraphs.isEmpty()) {
            soft.assertThat(norm(paragraphs.get(0))).as("%s: first", title).startsWith(norm(text(g, "first")));
            soft.assertThat(norm(paragraphs.get(paragraphs.size() - 1))).as("%s: last", title).endsWith(norm(text(g, "last")));
        }
        for (String join : strings(g.get("joins"))) {
            soft.assertThat(paragraphs).as("%s: join «%s» inside one paragraph", title, join)
                    .anySatisfy(p -> assertThat(norm(p)).contains(norm(join)));
        }
        for (String dup : strings(g.get("duplicates"))) {
            soft.assertThat(paragraphs.stream().filter(p -> norm(p).startsWith(norm(dup))).count())
                    .as("%s: «%s» once", title, dup).isEqualTo(1);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
