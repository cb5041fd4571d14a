package io.broadsheet.core.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A file-name-safe form of a title without transliteration: letters (Han characters included), digits
 * and combining marks are kept, lower-cased and NFC-normalised (so names do not collide on
 * case-insensitive or normalising file systems); every other run of characters becomes one '-'.
 */
public final class Slug {

    /** Keeps a name well under the 255-byte limit of common file systems, even with 4-byte characters. */
    public static final int MAX_BYTES = 150;

    private Slug() {
    }

    /** The slug of {@code text}, at most {@code maxChars} code points and {@link #MAX_BYTES} UTF-8 bytes; may be empty. */
    public static String of(String text, int maxChars) {
        String s = Normalizer.normalize(Utf16.replaceLoneSurrogates(text), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int chars = 0;
        int bytes = 0;
        boolean separator = false;
        for (int i = 0; i < s.length() && chars < maxChars; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!kept(cp)) {
                separator = out.length() > 0;
                continue;
            }
            String piece = (separator ? "-" : "") + new String(Character.toChars(cp));
            int pieceBytes = piece.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + pieceBytes > MAX_BYTES) {
                break;
            }
            out.append(piece);
            chars += piece.codePointCount(0, piece.length());
            bytes += pieceBytes;
            separator = false;
        }
        return out.toString();
    }

    private static boolean kept(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
