package io.broadsheet.runtime.convert;

import io.broadsheet.core.error.LimitExceededException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading a zip entry that inflates past a limit, whatever size its header declares. */
final class BoundedInputStream extends FilterInputStream {

    private final String source;
    private final long limit;
    private long count;

    BoundedInputStream(InputStream in, String source, long limit) {
        super(in);
        this.source = source;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            check(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            check(n);
        }
        return n;
    }

    private void check(int n) {
        count += n;
        if (count > limit) {
            throw new LimitExceededException(source, 0, "zip entry expands beyond " + limit + " bytes");
        }
    }
}
