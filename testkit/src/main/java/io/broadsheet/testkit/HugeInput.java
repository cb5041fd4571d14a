package io.broadsheet.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile inputs of hundreds of megabytes made on the fly, so tests need not commit them: a head, one
 * text repeated, a tail. Streams cost no memory; {@link #zip} writes a small zip whose entry inflates to
 * the whole size.
 */
public final class HugeInput {

    private final byte[] head;
    private final byte[] repeated;
    private final long times;
    private final byte[] tail;

    private HugeInput(byte[] head, byte[] repeated, long times, byte[] tail) {
        this.head = head;
        this.repeated = repeated;
        this.times = times;
        this.tail = tail;
    }

    public static HugeInput of(String head, String repeated, long times, String tail) {
        return new HugeInput(bytes(head), bytes(repeated), times, bytes(tail));
    }

    public long size() {
        return head.length + repeated.length * times + tail.length;
    }

    public InputStream open() {
        return new SequenceInputStream(Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(head), new Repeat(repeated, times), new java.io.ByteArrayInputStream(tail))));
    }

    /** Writes the input as the only entry, {@code entryName}, of a zip at {@code zip}. */
    public Path zip(Path zip, String entryName) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); InputStream in = open()) {
            out.setLevel(9);
            out.putNextEntry(new ZipEntry(entryName));
            in.transferTo(out);
            out.closeEntry();
        }
        return zip;
    }

    /** Writes the input to a file. */
    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); InputStream in = open()) {
            in.transferTo(out);
        }
        return file;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code unit} {@code times} times, served a large block at a time. */
    private static final class Repeat extends InputStream {

        private final byte[] block;
        private long remaining;
        private int position;

        Repeat(byte[] unit, long times) {
            int perBlock = Math.max(1, 64 * 1024 / Math.max(1, unit.length));
            block = new byte[perBlock * unit.length];
            for (int i = 0; i < perBlock; i++) {
                System.arraycopy(unit, 0, block, i * unit.length, unit.length);
            }
            remaining = unit.length * times;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(Math.min(len, remaining), block.length - position);
            System.arraycopy(block, position, b, off, n);
            position = (position + n) % block.length;
            remaining -= n;
            return n;
        }
    }

}
