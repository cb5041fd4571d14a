package io.broadsheet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Realistic articles for exporter tests: invented ones that between them fill every field of the model,
 * and articles built from the shared corpus's gold files.
 */
public final class TestArticles {

    private TestArticles() {
    }

    /**
     * Invented articles about a fictional city, in the style of the seed pages, that between them fill every
     * field of the model (kinds, dateline parts, jumps both ways, metadata); read from this package's
     * {@code articles.jsonl}.
     */
    public static List<Article> fixtures() {
        return Fixtures.articles("io/broadsheet/testkit/articles.jsonl");
    }

    /**
     * One article per gold item of the seed pages, with the headline fields as annotated; the body is
     * the annotated first and last words of the text and one paragraph per section heading.
     */
    public static List<Article> fromGold() throws IOException {
        Path gold = Corpus.require("gold");
        List<Article> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> s = Files.list(gold)) {
            files = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode page = json.readTree(file.toFile());
            String path = "seeds/" + page.get("source").asText();
            int position = 0;
            for (JsonNode item : page.get("items")) {
                out.add(fromGoldItem(item, path, position++));
            }
        }
        return out;
    }

    private static Article fromGoldItem(JsonNode item, String path, int position) {
        ArticleKind kind = ArticleKind.fromLabel(item.get("kind").asText());
        Article.Builder b = Article.builder()
                .id(ArticleIds.of(path, position))
                .kind(kind)
                .source(new SourceRef(path, position * 10 + 1, position * 10 + 9, "UTF-8"))
                .column(text(item, "column"))
                .kicker(text(item, "kicker"))
                .title(text(item, "title"))
                .subtitles(strings(item, "subtitles"))
                .byline(text(item, "byline"))
                .authors(strings(item, "authors"))
                .caption(text(item, "caption"));
        String dateline = text(item, "dateline");
        if (dateline != null) {
            b.dateline(Dateline.of(dateline));
        }
        if (item.hasNonNull("continued_to")) {
            b.continuedTo(item.get("continued_to").asInt());
        }
        if (kind == ArticleKind.PHOTO) {
            b.credit(text(item, "byline"));
        }
        String first = text(item, "first");
        String last = text(item, "last");
        if (first != null) {
            b.addSection(Section.lead(last == null ? List.of(first) : List.of(first + "……", "……" + last)));
        }
        for (String heading : strings(item, "sections")) {
            b.addSection(new Section(heading, List.of(heading + "。")));
        }
        return b.build();
    }

    /** What any UTF-8 output must change: a lone surrogate cannot be encoded, it becomes U+FFFD. */
    // Written apart from core's Utf16 on purpose: an oracle must not share the code it checks.
    public static String replaceLoneSurrogates(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(field);
        if (v != null && v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
        }
        return out;
    }
}
