package io.broadsheet.exporter.sqlite.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * SQLite stores TEXT as UTF-8, which cannot hold a lone surrogate: the JDBC driver would turn it into a
 * silent '?'. It becomes U+FFFD instead, visibly, through the JDK's own encoder.
 */
final class StoredText {

    private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);

    private StoredText() {
    }

    static String of(String s) {
        if (s == null || s.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            return s;
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT);
        try {
            ByteBuffer bytes = encoder.encode(CharBuffer.wrap(s));
            return StandardCharsets.UTF_8.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing encoder never fails", e);
        }
    }
}
