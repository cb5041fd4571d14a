package io.broadsheet.parser.epub.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.error.LimitExceededException;
import io.broadsheet.parser.epub.EpubParserOptions;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip of a book, opened with random access, with the safety limits applied: entry count and names
 * when it is opened, compression ratio and total size on the bytes actually inflated when an entry is
 * read (the sizes a zip declares are not trusted).
 */
final class EpubArchive implements Closeable {

    /** Below this an entry may inflate at any ratio: a small, very regular XHTML file is not a bomb. */
    private static final long RATIO_GRACE = 1024 * 1024;

    private final ZipFile zip;
    private final String path;
    private final EpubParserOptions options;
    private long inflated;

    private EpubArchive(ZipFile zip, String path, EpubParserOptions options) {
        this.zip = zip;
        this.path = path;
        this.options = options;
    }

    static EpubArchive open(Path file, String path, EpubParserOptions options) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | EOFException e) {
            // A zip cut short before its central directory ends in EOFException, not ZipException.
            throw new InputException(path, 0, "not a readable EPUB: the zip is damaged or truncated", e);
        }
        try {
            checkEntries(zip, path, options.maxEntries());
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
        return new EpubArchive(zip, path, options);
    }

    private static void checkEntries(ZipFile zip, String path, int maxEntries) {
        int count = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            if (++count > maxEntries) {
                throw new LimitExceededException(path, 0, "more than maxEntries (" + maxEntries + ") zip entries");
            }
            if (!EntryNames.isSafe(name)) {
                throw new InputException(path, 0, "entry '" + name + "' has an absolute path or '..': refusing the book");
            }
        }
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The whole entry, counted against the limits. */
    byte[] read(String name) {
        return read(name, Long.MAX_VALUE);
    }

    /** At most the first {@code max} bytes of the entry, counted against the limits. */
    byte[] read(String name, long max) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InputException(path, 0, "entry '" + name + "' is missing");
        }
        long allowed = Math.max(entry.getCompressedSize(), 1) * options.maxCompressionRatio();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long n = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int r; n < max && (r = in.read(buffer, 0, (int) Math.min(buffer.length, max - n))) > 0; ) {
                n += r;
                inflated += r;
                if (n > RATIO_GRACE && n > allowed) {
                    throw new LimitExceededException(path, 0, "entry '" + name + "' inflates to more than "
                            + options.maxCompressionRatio() + " times its compressed size: refusing a zip bomb");
                }
                if (inflated > options.maxTotalBytes()) {
                    throw new LimitExceededException(path, 0, "the book inflates to more than maxTotalMegabytes ("
                            + options.maxTotalMegabytes() + " MB), at entry '" + name + "'");
                }
                out.write(buffer, 0, r);
            }
        } catch (IOException e) {
            throw new InputException(path, 0, "entry '" + name + "' is damaged: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
