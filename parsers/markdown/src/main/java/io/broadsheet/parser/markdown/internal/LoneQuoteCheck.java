package io.broadsheet.parser.markdown.internal;

import io.broadsheet.core.error.InputException;
import java.util.regex.Pattern;

/**
 * Refuses front matter with a value that is one quote mark alone ({@code dateline: "}), naming its line.
 * The front-matter extension of the Markdown library reads such a value past its end and fails with
 * an index error (commonmark-ext-yaml-front-matter 0.28.0, the newest published); YAML would refuse
 * the value anyway, as an unclosed quote. The patterns are the extension's own: what it takes for a
 * key line and a list item inside the block.
 */
final class LoneQuoteCheck {

    private static final Pattern BEGIN = Pattern.compile("^-{3}(\\s.*)?");
    private static final Pattern END = Pattern.compile("^(-{3}|\\.{3})(\\s.*)?");
    private static final Pattern LONE_QUOTE = Pattern.compile("^(?:[ ]{0,3}[A-Za-z0-9._-]+:\\s*|[ ]+-\\s*)[\"']");

    private LoneQuoteCheck() {
    }

    static void check(String text, String path) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (lines.length == 0 || !BEGIN.matcher(lines[0]).matches()) {
            return;
        }
        for (int i = 1; i < lines.length && !END.matcher(lines[i]).matches(); i++) {
            if (LONE_QUOTE.matcher(lines[i]).matches()) {
                throw new InputException(path, i + 1, "front matter value is a lone quote mark; close the quoted text");
            }
        }
    }
}
