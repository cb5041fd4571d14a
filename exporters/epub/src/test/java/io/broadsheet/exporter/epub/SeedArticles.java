package io.broadsheet.exporter.epub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.ArticleIds;
import io.broadsheet.core.model.ArticleKind;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Articles of the real seed pages, cut out with the help of their gold annotations (there is no text
 * parser in this module): each annotated item's body runs from its gold {@code first} characters to its
 * {@code last} ones; lines are paragraphs, lines equal to a gold section heading start sections. The
 * seeds name no date or page: the publication is the city's daily the pages come from, and pages are
 * numbered in file order.
 */
final class SeedArticles {

    /** Items found and items annotated. */
    record Result(List<Article> articles, int annotated) {
    }

    private SeedArticles() {
    }

    static Result load(Path seeds, Path gold) throws IOException {
        List<Article> articles = new ArrayList<>();
        int annotated = 0;
        List<Path> golds;
        try (Stream<Path> files = Files.list(gold)) {
            golds = files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        ObjectMapper json = new ObjectMapper();
        for (int page = 1; page <= golds.size(); page++) {
            JsonNode doc = json.readTree(golds.get(page - 1).toFile());
            String source = doc.get("source").asText();
            String text = Files.readString(seeds.resolve(source), StandardCharsets.UTF_8);
            int cursor = 0;
            int position = 0;
            for (JsonNode item : doc.get("items")) {
                annotated++;
                Article.Builder b = base(item, source, position++, page);
                String first = textOf(item, "first");
                String last = textOf(item, "last");
                if (first != null && last != null) {
                    int start = text.indexOf(first, cursor);
                    int end = start < 0 ? -1 : text.indexOf(last, start);
                    if (end < 0) {
                        continue;
                    }
                    cursor = end + last.length();
                    if (!"photo".equals(textOf(item, "kind"))) {
                        b.sections(sections(text.substring(start, cursor), headings(item)));
                    }
                }
                articles.add(b.build());
            }
        }
        return new Result(articles, annotated);
    }

    private static Article.Builder base(JsonNode item, String source, int position, int page) {
        ArticleKind kind = ArticleKind.fromLabel(textOf(item, "kind"));
        Article.Builder b = Article.builder()
                .id(ArticleIds.of(source, position))
                .kind(kind)
                .source(new SourceRef(source, 0, 0, "UTF-8"))
                .edition(new Edition("朔州日报", null, page))
                .column(textOf(item, "column"))
                .kicker(textOf(item, "kicker"))
                .title(textOf(item, "title"))
                .byline(textOf(item, "byline"))
                .caption(textOf(item, "caption"));
        item.get("subtitles").forEach(s -> b.addSubtitle(s.asText()));
        item.get("authors").forEach(s -> b.addAuthor(s.asText()));
        if (textOf(item, "dateline") != null) {
            b.dateline(Dateline.of(textOf(item, "dateline")));
        }
        if (kind == ArticleKind.PHOTO) {
            b.credit(textOf(item, "byline"));
        }
        if (item.hasNonNull("continued_to")) {
            b.continuedTo(item.get("continued_to").asInt());
        }
        return b;
    }

    private static List<Section> sections(String body, Set<String> headings) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (String raw : body.split("\n")) {
            String line = raw.strip();
            String unmarked = line.replaceFirst("^#+\\s*", "");
            if (headings.contains(unmarked)) {
                if (heading != null || !paragraphs.isEmpty()) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = unmarked;
                paragraphs = new ArrayList<>();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                paragraphs.add(line);
            }
        }
        sections.add(new Section(heading, paragraphs));
        return sections;
    }

    private static Set<String> headings(JsonNode item) {
        List<String> list = new ArrayList<>();
        item.get("sections").forEach(s -> list.add(s.asText()));
        return Set.copyOf(list);
    }

    private static String textOf(JsonNode item, String field) {
        JsonNode node = item.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
