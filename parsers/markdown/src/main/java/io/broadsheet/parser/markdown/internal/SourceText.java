package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.io.ByteOrderMark;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes a whole file: a BOM wins, then the configured charset, else UTF-8 when valid, else GB18030. */
final class SourceText {

    record Decoded(String text, String charset) {
    }

    private SourceText() {
    }

    static Decoded decode(byte[] bytes, String encoding, String path) {
        Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
        if (bom.isPresent()) {
            return strict(bytes, bom.get().length(), bom.get().charset(), path);
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
}
