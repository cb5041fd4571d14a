package io.broadsheet.core.text;

/**
 * Chinese, Japanese and Korean text, which is written without spaces between words: lines of it are joined
 * without a space, where lines of Latin text are joined with one.
 */
public final class Cjk {

    private Cjk() {
    }

    /**
     * Whether {@code codePoint} is written without spaces around it: a Han, Hiragana, Katakana or Hangul
     * character, CJK symbols and punctuation (U+3000 to U+303F), or a half- or full-width form (U+FF00 to U+FFEF).
     */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
