package io.broadsheet.parser.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The annotated pages under {@code src/test/resources/corpus}: each {@code NAME.txt} beside its {@code NAME.gold.json}. */
final class CorpusPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusPages() {
    }

    /** The pages of one split ("dev" or "holdout"), in name order. */
    static List<Path> pages(String split) {
        try (Stream<Path> list = Files.list(Path.of(CorpusPages.class.getResource("/corpus/" + split).toURI()))) {
            return list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path goldOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json");
    }

    static String text(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The headlines of a page according to its gold (title, kicker, subtitles, sections, and the rubric
     * with or without its brackets), in {@link PageMutations#key} form.
     */
    static Set<String> headlines(Path page) {
        Set<String> out = new HashSet<>();
        try {
            for (JsonNode item : JSON.readTree(goldOf(page).toFile()).get("items")) {
                for (String field : List.of("title", "kicker", "column")) {
                    if (item.path(field).isTextual()) {
                        String v = PageMutations.key(item.get(field).asText());
                        out.add(v);
                        if (field.equals("column")) {
                            out.add("（" + v + "）");
                            out.add("【" + v + "】");
                        }
                    }
                }
                item.path("subtitles").forEach(n -> out.add(PageMutations.key(n.asText())));
                item.path("sections").forEach(n -> out.add(PageMutations.key(n.asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
