package io.broadsheet.parser.markdown.internal;

import java.nio.charset.StandardCharsets;

/** Recognises Markdown from its first bytes: front matter, or an ATX heading at the start of a line. */
public final class Sniffer {

    private Sniffer() {
    }

    public static boolean looksLikeMarkdown(byte[] head) {
        if (head == null || head.length == 0) {
            return false;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
            return true;
        }
        for (String line : text.split("\r?\n")) {
            if (line.matches("#{1,6} \\S.*")) {
                return true;
            }
        }
        return false;
    }
}
