package io.broadsheet.core.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The byte order mark a text file may open with: it names the charset outright, and every text
 * parser gives it precedence over configuration and detection.
 *
 * @param charset the charset the mark names (UTF-8, UTF-16BE or UTF-16LE)
 * @param length  the mark's length in bytes, to skip before decoding
 */
public record ByteOrderMark(Charset charset, int length) {

    /** The mark opening the first {@code length} bytes of {@code bytes}, if any. */
    public static Optional<ByteOrderMark> of(byte[] bytes, int length) {
        if (opens(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (opens(bytes, length, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        if (opens(bytes, length, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    public static Optional<ByteOrderMark> of(byte[] bytes) {
        return of(bytes, bytes.length);
    }

    private static boolean opens(byte[] bytes, int length, int... mark) {
        if (length < mark.length || bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }
}
