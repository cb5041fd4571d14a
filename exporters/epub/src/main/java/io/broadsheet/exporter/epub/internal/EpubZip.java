package io.broadsheet.exporter.epub.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: {@code mimetype} first and stored, then every entry deflated with the same fixed
 * time (stored as DOS local time, so the bytes do not depend on the machine's time zone).
 */
final class EpubZip implements AutoCloseable {

    /** The project's reproducible-build timestamp. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0, 0);

    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

    private final ZipOutputStream zip;
    private final Set<String> written = new HashSet<>();

    /** Takes ownership of {@code out}: {@link #close()} closes it. */
    EpubZip(OutputStream out) throws IOException {
        this.zip = new ZipOutputStream(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
        writeMimetype();
    }

    private void writeMimetype() throws IOException {
        ZipEntry entry = newEntry("mimetype");
        CRC32 crc = new CRC32();
        crc.update(MIMETYPE);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(MIMETYPE.length);
        entry.setCompressedSize(MIMETYPE.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(MIMETYPE);
        zip.closeEntry();
    }

    void write(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String path, byte[] content) throws IOException {
        ZipEntry entry = newEntry(path);
        entry.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private ZipEntry newEntry(String path) {
        if (!written.add(path)) {
            throw new IllegalStateException("zip entry written twice: " + path);
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(ENTRY_TIME);
        return entry;
    }

    /** Writes the central directory (when not written yet) and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        zip.close();
    }
}
