package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code broadsheet run samples/sample.yaml}: what its edition settings do to every output. */
class SampleConfigTest {

    @TempDir
    Path tmp;

    @Test
    void theConfiguredPublicationBeatsTheOneThePathPatternGuessed() throws Exception {
        CliRunner.Result r = CliRunner.run("run", "../samples/sample.yaml", "--set", "output=" + tmp.resolve("out"));

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<Article> articles = Files.readAllLines(tmp.resolve("out/articles.jsonl")).stream().map(ArticleJson::read).toList();
        assertThat(articles).isNotEmpty().allSatisfy(a -> {
            assertThat(a.edition().publication()).isEqualTo("江城日报");
            // The parts the config leaves open still come from the path.
            assertThat(a.edition().date()).isNotNull();
        });
        String opf;
        try (ZipFile book = new ZipFile(tmp.resolve("out/jiangcheng.epub").toFile())) {
            opf = new String(book.getInputStream(book.getEntry("EPUB/content.opf")).readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(opf).contains("<dc:title id=\"title\">江城日报").doesNotContain("jiangcheng-daily");
    }
}
