package io.broadsheet.parser.text.internal;

/**
 * Half-width punctuation next to Chinese text made full-width (",", ";", ":", "?", "!", "(", ")"):
 * pages set in one paper's system use one width, the next paper's the other. Marks between Latin
 * letters or digits ("7:00", "3,2") keep their width.
 */
public final class Punctuation {

    private static final String HALF = ",;:?!()";
    private static final String FULL = "，；：？！（）";

    private Punctuation() {
    }

    public static String fullWidth(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        // Brackets change width in pairs: "精神(12)" becomes "精神（12）", not "精神（12)".
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = HALF.indexOf(c);
            if (k < 0) {
                continue;
            }
            boolean convert = cjk(before(text, i)) || cjk(after(text, i));
            if (c == '(') {
                open.push(convert);
            } else if (c == ')' && !open.isEmpty()) {
                convert = open.pop();
            }
            if (convert) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, FULL.charAt(k));
            }
        }
        return out == null ? text : out.toString();
    }

    private static int before(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j >= 0 ? text.codePointBefore(j + 1) : -1;
    }

    private static int after(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() ? text.codePointAt(j) : -1;
    }

    private static boolean cjk(int cp) {
        if (cp < 0) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’';
    }
}
