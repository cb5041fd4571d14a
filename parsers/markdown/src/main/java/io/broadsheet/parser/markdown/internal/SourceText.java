package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.error.InputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a whole file: a BOM wins, then the configured charset, else UTF-8 when valid, else GB18030. */
final class SourceText {

    record Decoded(String text, String charset) {
    }

    private SourceText() {
    }

    static Decoded decode(byte[] bytes, String encoding, String path) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, path);
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            // The UTF-16 decoder reads the BOM itself and drops it.
            return strict(bytes, 0, StandardCharsets.UTF_16, path);
        }
        if (!encoding.equalsIgnoreCase("auto")) {
            return strict(bytes, 0, Charset.forName(encoding), path);
        }
        try {
            return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return strict(bytes, 0, Charset.forName("GB18030"), path);
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset, String path) {
        try {
            return new Decoded(decode(bytes, offset, charset), charset.name());
        } catch (CharacterCodingException e) {
            throw new InputException(path, 0, "not valid " + charset.name() + " text; set the 'encoding' option");
        }
    }

    private static String decode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
