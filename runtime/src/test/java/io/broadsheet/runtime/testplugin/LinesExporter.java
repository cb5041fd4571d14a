package io.broadsheet.runtime.testplugin;

import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import io.broadsheet.core.spi.ModelField;
import io.broadsheet.core.spi.OutputTarget;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Test exporter: one title per line; fails on the article whose title equals {@code failOn}
 * (with an I/O error) or whose title follows {@code crash:} in it (with a linkage error, as a plugin missing a class). */
public final class LinesExporter implements Exporter<LinesExporterOptions> {
    @Override public String name() { return "lines"; }
    @Override public String description() { return "test: one title per line"; }
    @Override public String defaultOutputName() { return "titles.txt"; }
    @Override public Class<LinesExporterOptions> optionsType() { return LinesExporterOptions.class; }
    @Override public LinesExporterOptions defaultOptions() {
        return new LinesExporterOptions(null, LinesExporterOptions.Case.KEEP, 1, List.of(), new LinesExporterOptions.Frame("", ""));
    }
    @Override public Set<ModelField> carries() { return EnumSet.of(ModelField.TITLE); }

    @Override
    public ExportSession open(LinesExporterOptions options, OutputTarget target) throws IOException {
        Writer out = new OutputStreamWriter(target.create(target.name()), StandardCharsets.UTF_8);
        return new ExportSession() {
            @Override
            public void accept(Article article) throws IOException {
                if (("crash:" + article.title()).equals(options.failOn())) {
                    throw new NoClassDefFoundError("org/example/Missing");
                }
                if (article.title().equals(options.failOn())) {
                    throw new IOException("told to fail on '" + options.failOn() + "'");
                }
                if (article.title().startsWith("UNWRITABLE ")) {
                    target.warn(article.id(), "cannot write '" + article.title().substring(11) + "' whole");
                }
                String title = options.letterCase() == LinesExporterOptions.Case.UPPER
                        ? article.title().toUpperCase(Locale.ROOT) : article.title();
                for (int i = 0; i < options.repeat(); i++) {
                    out.write(String.join("", options.prefixes()) + options.frame().open() + title
                            + options.frame().close() + "\n");
                }
            }

            @Override public void finish() throws IOException { out.flush(); }
            @Override public void close() throws IOException { out.close(); }
        };
    }
}
