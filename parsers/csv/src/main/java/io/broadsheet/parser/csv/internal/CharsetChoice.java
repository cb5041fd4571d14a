package io.broadsheet.parser.csv.internal;

import io.broadsheet.core.io.ByteOrderMark;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * The charset of a file, chosen from its first bytes: a BOM wins (and is skipped), then the configured
 * charset, then UTF-8 when the bytes are valid UTF-8, then what juniversalchardet detects (Big5 for
 * Taiwanese exports, for example), else GB18030, the superset of the GBK text of Chinese newspapers.
 *
 * @param charset the charset to decode with
 * @param skip    bytes of BOM to skip
 */
record CharsetChoice(Charset charset, int skip) {

    static final Charset GB18030 = Charset.forName("GB18030");

    static CharsetChoice of(byte[] head, int length, String option) {
        var bom = ByteOrderMark.of(head, length);
        if (bom.isPresent()) {
            return new CharsetChoice(bom.get().charset(), bom.get().length());
        }
        if (!option.equalsIgnoreCase("auto")) {
            return new CharsetChoice(Charset.forName(option), 0);
        }
        if (validUtf8(head, length)) {
            return new CharsetChoice(StandardCharsets.UTF_8, 0);
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(head, 0, length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null && Charset.isSupported(detected)) {
            return new CharsetChoice(Charset.forName(detected), 0);
        }
        return new CharsetChoice(GB18030, 0);
    }

    /** Valid UTF-8, allowing a sequence cut off by the end of the sample. */
    private static boolean validUtf8(byte[] head, int length) {
        int end = length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if (b >= 0xC0) {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                if (back < needed) {
                    end -= back;
                }
                break;
            }
            if (b < 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
