package io.broadsheet.parser.csv.internal;

import java.nio.charset.StandardCharsets;

/** Recognises CSV from its first bytes: a header line of at least two short, non-empty names. */
public final class Sniffer {

    private Sniffer() {
    }

    public static boolean looksLikeCsv(byte[] head) {
        if (head == null || head.length == 0) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).strip();
        char delimiter = DelimiterGuess.guess(header);
        String[] names = header.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        if (names.length < 2) {
            return false;
        }
        for (String name : names) {
            String bare = name.strip().replace("\"", "");
            if (bare.isEmpty() || bare.length() > 64 || bare.startsWith("<") || bare.startsWith("{")) {
                return false;
            }
        }
        return true;
    }
}
