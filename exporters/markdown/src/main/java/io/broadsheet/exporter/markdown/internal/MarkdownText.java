package io.broadsheet.exporter.markdown.internal;

import io.broadsheet.core.text.Utf16;

/**
 * Escapes text so that CommonMark (and GitHub-flavoured Markdown) renders it literally, keeping the
 * source readable: Chinese text and most punctuation pass unchanged.
 *
 * <ul>
 *   <li>everywhere: {@code \ ` * _ [ ] < & ~ |} are backslash-escaped (emphasis, code, links, HTML,
 *       entities, GFM strikethrough and tables); in headings also {@code #};</li>
 *   <li>at the start of a line: {@code # > - + =} and the {@code .} or {@code )} of a would-be ordered
 *       list marker ("1. ");</li>
 *   <li>control characters, U+2028/U+2029 and U+FEFF become numeric character references (a newline
 *       inside a paragraph is {@code &#10;}, so it comes back as a newline in the text, not a break);</li>
 *   <li>a leading or trailing space becomes {@code &#32;}, because CommonMark strips it;</li>
 *   <li>U+0000 and lone surrogates become U+FFFD, as a CommonMark reader would make them anyway.</li>
 * </ul>
 */
final class MarkdownText {

    private static final String ALWAYS = "\\`*_[]<&~|";
    private static final String BLOCK_START = "#>-+=";

    private MarkdownText() {
    }

    /** A whole paragraph line. */
    static String paragraph(String text) {
        return escape(text, true, true, false);
    }

    /** The content of an ATX heading, written after {@code "## "}. */
    static String heading(String text) {
        return escape(text, true, true, true);
    }

    /**
     * @param startsLine the text begins its line (block markers and a leading space matter)
     * @param endsLine   the text ends its line (a trailing space matters)
     */
    static String escape(String text, boolean startsLine, boolean endsLine, boolean inHeading) {
        String s = Utf16.replaceLoneSurrogates(text);
        boolean blockStart = startsLine && !inHeading;
        int listMarker = blockStart ? orderedListMarker(s) : -1;
        int last = s.length() - 1;
        StringBuilder out = new StringBuilder(s.length() + 16);
        int plain = 0; // start of the characters not yet copied: runs that need no escape are copied at once
        for (int i = 0; i <= last; i++) {
            char c = s.charAt(i);
            if (c > 0x9F && c != '\u2028' && c != '\u2029' && c != '\uFEFF' && i != 0 && i != last) {
                continue; // Chinese text and most of Unicode: never escaped inside a line
            }
            out.append(s, plain, i);
            plain = i + 1;
            if (c == '\0') {
                out.append(Utf16.REPLACEMENT);
            } else if (isInvisible(c) || (c == ' ' && ((startsLine && i == 0) || (endsLine && i == last)))) {
                out.append("&#").append((int) c).append(';');
            } else if (ALWAYS.indexOf(c) >= 0 || (inHeading && c == '#') || i == listMarker
                    || (i == 0 && blockStart && BLOCK_START.indexOf(c) >= 0)) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        out.append(s, plain, last + 1);
        return out.toString();
    }

    /** The index of the '.' or ')' in a leading "123." or "123)", or -1. */
    private static int orderedListMarker(String s) {
        int i = 0;
        while (i < s.length() && i < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        boolean marker = i > 0 && i <= 9 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')');
        return marker ? i : -1;
    }

    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029' || c == '\uFEFF';
    }
}
