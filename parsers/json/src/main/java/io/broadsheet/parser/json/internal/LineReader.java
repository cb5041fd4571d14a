package io.broadsheet.parser.json.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.error.LimitExceededException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines of at most {@code maxBytes} bytes each. The length is checked while the line is
 * read, so a hostile line of hundreds of megabytes costs no more memory than the limit. Lines are cut
 * at '\n' bytes (never part of a multi-byte UTF-8 character) and decoded strictly.
 */
public final class LineReader {

    private final InputStream in;
    private final String path;
    private final long maxBytes;
    private final String limitName;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private int number;

    /** @param limitName how the limit's option is named in the error, e.g. "maxLineMegabytes (16 MB)" */
    public LineReader(InputStream in, String path, long maxBytes, String limitName) {
        this.in = in;
        this.path = path;
        this.maxBytes = maxBytes;
        this.limitName = limitName;
    }

    /** The 1-based number of the line last returned. */
    public int number() {
        return number;
    }

    /** The next line without its line break (and without a '\r' before it), or null at the end. */
    public String next() throws IOException {
        line.reset();
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish() : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line.size() + (long) (position - start) > maxBytes) {
                throw new LimitExceededException(path, number + 1, "line longer than " + limitName);
            }
            line.write(buffer, start, position - start);
            if (position < limit) {
                position++; // the '\n'
                return finish();
            }
        }
    }

    private String finish() throws InputException {
        number++;
        int size = line.size();
        byte[] bytes = line.toByteArray();
        if (size > 0 && bytes[size - 1] == '\r') {
            size--;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, size)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(path, number, "not UTF-8 text");
        }
    }
}
