package io.broadsheet.parser.pdf.internal;

/**
 * One character as the page draws it.
 *
 * @param text     its Unicode text (one code point, or a ligature's several)
 * @param box      where it is drawn, from the baseline up by the font size
 * @param size     font size in points
 * @param bold     the font is bold (by its name or its descriptor)
 * @param font     the font's name, subset prefix removed
 */
public record Glyph(String text, Box box, double size, boolean bold, String font) {

    public boolean isSpace() {
        return text.isBlank();
    }

    /** Han, kana, hangul or full-width punctuation: scripts written without spaces between characters. */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }
}
