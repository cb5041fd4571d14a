package io.broadsheet.parser.text.internal;

import java.util.function.Predicate;

/**
 * Removes the spaces PDF extraction puts between the characters of letter-spaced headlines and
 * justified lines ("全 省 经 济 工 作", "1 1 月 2 0 日", "前 三 季 度 ，全 省"). A line is letter-spaced
 * where three or more single characters stand in a row; there, a space is removed when the characters
 * on both sides are Chinese characters, Chinese punctuation or digits. Spaces next to Latin letters
 * are kept ("5G 基站", "Wi-Fi 6"), and so is a byline's padding ("本报记者 王 刚 李 明": a line with a
 * role word keeps its spaces; the names are read through them).
 */
final class LetterSpacing {

    private static final int RUN = 3;

    private final Predicate<String> role;

    LetterSpacing(Predicate<String> role) {
        this.role = role;
    }

    /** The text without its letter spacing; the same instance when it has none. */
    String collapse(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        String[] tokens = text.split(" ", -1);
        boolean[] inRun = singleRuns(tokens);
        if (inRun == null) {
            return text;
        }
        for (String t : tokens) {
            if (t.codePointCount(0, t.length()) > 1 && role.test(t)) {
                return text;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(tokens[0]);
        for (int i = 1; i < tokens.length; i++) {
            String before = tokens[i - 1];
            String after = tokens[i];
            boolean joinable = (inRun[i - 1] || inRun[i]) && !before.isEmpty() && !after.isEmpty()
                    && squeezable(before.codePointBefore(before.length())) && squeezable(after.codePointAt(0));
            if (!joinable) {
                out.append(' ');
            }
            out.append(after);
        }
        return out.toString();
    }

    /** Which tokens are single characters in a run of at least three; null when there is no such run. */
    private static boolean[] singleRuns(String[] tokens) {
        boolean[] in = null;
        int start = 0;
        for (int i = 0; i <= tokens.length; i++) {
            if (i < tokens.length && single(tokens[i])) {
                continue;
            }
            if (i - start >= RUN) {
                if (in == null) {
                    in = new boolean[tokens.length];
                }
                for (int k = start; k < i; k++) {
                    in[k] = true;
                }
            }
            start = i + 1;
        }
        return in;
    }

    private static boolean single(String token) {
        return token.length() == 1 && squeezable(token.charAt(0))
                || token.length() == 2 && Character.isSurrogatePair(token.charAt(0), token.charAt(1));
    }

    /** A Chinese character, a digit or a Chinese (full-width) punctuation mark. */
    static boolean squeezable(int cp) {
        if (Character.isIdeographic(cp) || cp >= '0' && cp <= '9' || cp >= '０' && cp <= '９') {
            return true;
        }
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '…' || cp == '—' || cp == '·';
    }
}
