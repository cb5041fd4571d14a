package io.broadsheet.parser.epub;

import io.broadsheet.core.spi.SourceInput;
import io.broadsheet.testkit.CollectingSink;
import io.broadsheet.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds test books: a fixture folder or a map of entries, zipped with the mimetype first and stored. */
final class Books {

    static final EpubParser PARSER = new EpubParser();

    private Books() {
    }

    /** The files under src/test/resources/epub/{@code folder}, by entry name, mimetype first. */
    static Map<String, byte[]> folder(String folder) {
        try {
            Path root = Path.of(Books.class.getResource("/epub/" + folder).toURI());
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("mimetype", Files.readAllBytes(root.resolve("mimetype")));
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    if (!name.equals("mimetype")) {
                        entries.put(name, Files.readAllBytes(file));
                    }
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static CollectingSink parse(String path, byte[] epub) {
        return parse(SourceInput.ofBytes(path, epub), PARSER.defaultOptions());
    }

    static CollectingSink parse(SourceInput input, EpubParserOptions options) {
        return Fixtures.parse(PARSER, options, input);
    }
}
