package io.broadsheet.core.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to go past {@link YamlLimits#maxCodePoints()}: the parser never buffers more
 * than that, so a 16 MB scalar or comment costs at most the limit's worth of reading.
 */
public final class CountingReader extends FilterReader {

    private final YamlLimits limits;
    private final String source;
    private final int firstLine;
    private long read;

    /** @param firstLine the line of the file the text starts on, for the error */
    public CountingReader(Reader in, YamlLimits limits, String source, int firstLine) {
        super(in);
        this.limits = limits;
        this.source = source;
        this.firstLine = firstLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limits.maxCodePoints()) {
            throw limits.tooLong(source, firstLine);
        }
    }
}
