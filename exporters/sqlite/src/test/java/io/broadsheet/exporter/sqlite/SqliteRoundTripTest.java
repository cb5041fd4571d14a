package io.broadsheet.exporter.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.model.Dateline;
import io.broadsheet.core.model.Edition;
import io.broadsheet.core.model.Section;
import io.broadsheet.core.model.SourceRef;
import io.broadsheet.core.spi.ParseSession;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.text.TextParser;
import io.broadsheet.testkit.ArticleGenerator;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export then read back gives the very same articles, in the same order, every field included. */
class SqliteRoundTripTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 42, 2026})
    void generatedArticlesComeBackExactly(long seed) throws Exception {
        List<Article> articles = new ArticleGenerator(seed).generate(400);

        assertThat(SqliteFiles.read(SqliteFiles.export(articles, tmp.resolve("out")))).isEqualTo(articles);
    }

    /** Control characters, NUL, markup and formula prefixes are stored as they are. */
    @Test
    void hostileTextComesBackExactlyWhereUtf8CanHoldIt() throws Exception {
        List<Article> articles = new ArticleGenerator(77).hostile(true).generate(300);

        List<Article> back = SqliteFiles.read(SqliteFiles.export(articles, tmp.resolve("out")));

        assertThat(back).hasSameSizeAs(articles);
        int compared = 0;
        for (int i = 0; i < articles.size(); i++) {
            if (!hasLoneSurrogate(articles.get(i).toString())) {
                assertThat(back.get(i)).isEqualTo(articles.get(i));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(200);
        assertThat(articles).anyMatch(a -> a.toString().contains("\u0000"));
    }

    private static boolean hasLoneSurrogate(String s) {
        return s.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** text → sqlite → json: the JSON Lines of the seed pages are the same before and after the database. */
    @Test
    void seedPagesKeepEveryFieldThroughTheDatabase() throws Exception {
        Path seeds = Corpus.require("seeds");
        List<Article> parsed = parsePages(seeds, "seeds/");
        assertThat(parsed).isNotEmpty();

        List<Article> back = SqliteFiles.read(SqliteFiles.export(parsed, tmp.resolve("out")));

        assertThat(back.stream().map(ArticleJson::write).toList())
                .containsExactlyElementsOf(parsed.stream().map(ArticleJson::write).toList());
    }

    @Test
    void fieldsThatAreOftenEmptyKeepTheirEmptiness() throws Exception {
        Article full = Article.builder().id("a1").source(new SourceRef("p/1.txt", 3, 9, "GB18030"))
                .column("").kicker("引题").title("标题").addSubtitle("副题一").addSubtitle("副题二")
                .byline("本报记者 甲 乙").addAuthor("甲").addAuthor("乙")
                .dateline(new Dateline("新华社北京11月10日电", "新华社", "北京", "11月10日"))
                .addSection(Section.lead(List.of("导语。"))).addSection(new Section("小标题", List.of("一段。", "二段。")))
                .addSection(new Section(null, List.of()))
                .caption("图片说明").credit("丙 摄").continuedTo(3).continuedFrom(1)
                .edition(new Edition(null, "2022-11-10", null))
                .putMetadata("continuedToId", "b2").putMetadata("url", "https://example.org/1").putMetadata("", "空键")
                .build();
        Article bare = Article.builder().id("a1").source(SourceRef.of("p/2.txt")).edition(new Edition("报", null, 4))
                .putMetadata("continuedFromId", "zz").build();

        assertThat(SqliteFiles.read(SqliteFiles.export(List.of(full, bare), tmp.resolve("out"))))
                .containsExactly(full, bare);
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacterNotAQuestionMark() throws Exception {
        Article a = new ArticleGenerator(1).next().toBuilder().title("半\ud800个").build();

        List<Article> back = SqliteFiles.read(SqliteFiles.export(List.of(a), tmp.resolve("out")));

        assertThat(back.get(0).title()).isEqualTo("半\uFFFD个");
    }

    /** One parse session over every page under {@code dir} in path order, as a run reads a folder. */
    static List<Article> parsePages(Path dir, String prefix) throws Exception {
        TextParser parser = new TextParser();
        ParseSession session = parser.open(parser.defaultOptions());
        CollectingSink sink = new CollectingSink();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String path = prefix + dir.relativize(file).toString().replace('\\', '/');
                session.parse(SourceInput.ofFile(file, path), sink);
            }
        }
        session.finish(sink);
        return sink.articles();
    }
}
