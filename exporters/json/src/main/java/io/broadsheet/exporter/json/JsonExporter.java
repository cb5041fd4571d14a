package io.broadsheet.exporter.json;

import io.broadsheet.core.json.ArticleJson;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.NoOptions;
import io.broadsheet.core.spi.OutputTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/** Writes the canonical JSON Lines form (see {@link ArticleJson}): one article per line, LF, UTF-8, no BOM. */
public final class JsonExporter implements Exporter<NoOptions> {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String description() {
        return "Broadsheet's lossless JSON Lines: one article per line, every model field";
    }

    @Override
    public String defaultOutputName() {
        return "articles.jsonl";
    }

    @Override
    public Class<NoOptions> optionsType() {
        return NoOptions.class;
    }

    @Override
    public NoOptions defaultOptions() {
        return NoOptions.INSTANCE;
    }

    @Override
    public Set<ModelField> carries() {
        return EnumSet.allOf(ModelField.class);
    }

    @Override
    public ExportSession open(NoOptions options, OutputTarget target) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(target.create(target.name()), StandardCharsets.UTF_8), 1 << 16);
        return new ExportSession() {
            @Override
            public void accept(Article article) throws IOException {
                writer.write(ArticleJson.write(article));
                writer.write('\n');
            }

            @Override
            public void finish() throws IOException {
                writer.flush();
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }
}
