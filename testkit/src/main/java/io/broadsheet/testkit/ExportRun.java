package io.broadsheet.testkit;

import io.broadsheet.core.io.StagedOutput;
import io.broadsheet.core.model.Article;
import io.broadsheet.core.spi.ExportSession;
import io.broadsheet.core.spi.Exporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs an exporter the way the runtime does (staged output, commit on success) and reads back what it wrote. */
public final class ExportRun {

    private ExportRun() {
    }

    /** Exports {@code articles} into {@code dir} and returns every file written, by path relative to {@code dir}. */
    public static <O extends Record> Map<String, byte[]> export(Exporter<O> exporter, O options,
            List<Article> articles, Path dir) throws IOException {
        StagedOutput target = new StagedOutput(dir, exporter.defaultOutputName());
        try (ExportSession session = exporter.open(options, target)) {
            for (Article article : articles) {
                session.accept(article);
            }
            session.finish();
        } catch (IOException | RuntimeException e) {
            target.discard();
            throw e;
        }
        target.commit();
        return files(dir);
    }

    public static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
