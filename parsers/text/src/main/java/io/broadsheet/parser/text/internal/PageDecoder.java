package io.broadsheet.parser.text.internal;

import io.broadsheet.core.error.InputException;
import io.broadsheet.core.io.ByteOrderMark;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Stage 1, decode: the bytes of a page into text. A byte order mark decides (UTF-8, UTF-16); else
 * the configured charset; else UTF-8 when the bytes are valid UTF-8; else UTF-16 without BOM when
 * every other byte is zero; else what juniversalchardet detects; else GB18030, the superset of the
 * GBK and GB2312 text of Chinese archives. Decoding is strict: a byte sequence that is not text in the
 * chosen charset is an error naming the line, never a silent replacement character.
 */
public final class PageDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private PageDecoder() {
    }

    public static DecodedPage decode(String path, byte[] bytes, String encoding) {
        int skip = 0;
        Charset charset;
        Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
        if (bom.isPresent()) {
            charset = bom.get().charset();
            skip = bom.get().length();
        } else if (!encoding.equalsIgnoreCase("auto")) {
            charset = Charset.forName(encoding);
        } else {
            // Most pages are UTF-8: one strict decoding both checks and reads them.
            String utf8 = utf8(bytes);
            charset = utf8 != null ? StandardCharsets.UTF_8 : guess(bytes);
            if (utf8 != null) {
                return checked(path, utf8, charset);
            }
        }
        return checked(path, strict(path, bytes, skip, charset), charset);
    }

    private static DecodedPage checked(String path, String text, Charset charset) {
        if (text.indexOf('\0') >= 0) {
            throw new InputException(path, lineAt(text, text.indexOf('\0')), "a NUL character: binary data, not a text page");
        }
        return new DecodedPage(text, charset.name());
    }

    private static Charset guess(byte[] bytes) {
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return utf16;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null && Charset.isSupported(detected)) {
            Charset c = Charset.forName(detected);
            // GB2312 and GBK are subsets: decoding as GB18030 reads the same text and more of it.
            return c.name().startsWith("GB") ? GB18030 : c;
        }
        return GB18030;
    }

    /** The bytes as UTF-8 text, or null when they are not valid UTF-8. */
    private static String utf8(byte[] bytes) {
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text in UTF-16 without a BOM has a zero byte in most places of one parity (ASCII and line ends). */
    private static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        int sample = Math.min(bytes.length, 4096);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int pairs = sample / 2;
        if (oddZeros > pairs / 4 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 4 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(String path, byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            throw new InputException(path, lineAt(before, before.length()),
                    "not " + charset.name() + " text (byte offset " + in.position() + "); set parsers.text.encoding");
        }
        out.flip();
        return out.toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
