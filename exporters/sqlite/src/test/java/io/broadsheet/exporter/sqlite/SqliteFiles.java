package io.broadsheet.exporter.sqlite;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.parser.sqlite.SqliteParser;
import io.broadsheet.testkit.ExportRun;
import io.broadsheet.testkit.ParserContract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes articles to a database the way the runtime does, and reads a database back with the sqlite parser. */
final class SqliteFiles {

    private SqliteFiles() {
    }

    static Path export(List<Article> articles, Path dir) throws IOException {
        return export(articles, dir, new SqliteExporter().defaultOptions());
    }

    static Path export(List<Article> articles, Path dir, SqliteExporterOptions options) throws IOException {
        ExportRun.export(new SqliteExporter(), options, articles, dir);
        return dir.resolve("articles.sqlite");
    }

    static List<Article> read(Path database) throws IOException {
        return ParserContract.parse(new SqliteParser(), NoOptions.INSTANCE,
                SourceInput.ofFile(database, "out/articles.sqlite"));
    }
}
