package io.broadsheet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A default value as {@code broadsheet formats} prints it for a person: short ones on the option's line;
 * a long one (the text parser's lexicon is 4,000 characters of JSON) only named there, and printed
 * whole, one item per line, when the format is asked for by name.
 */
final class LongDefaults {

    /** Longer defaults than this are not printed in the list of every format. */
    static final int SHORT = 60;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lists too, not only maps, one item per line. */
    private static final DefaultPrettyPrinter ONE_PER_LINE = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

    private LongDefaults() {
    }

    /**
     * {@code text} after {@code indent}, wrapped at spaces to {@code width} columns, continuation lines
     * indented two more; lines already broken (a pretty-printed default) keep their own indentation.
     */
    static String wrap(String text, String indent, int width) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\\R", -1)) {
            String start = indent + paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
            StringBuilder line = new StringBuilder(start);
            boolean empty = true;
            for (String word : paragraph.strip().split(" +")) {
                if (!empty && line.length() + 1 + word.length() > width) {
                    out.append(line).append(System.lineSeparator());
                    line = new StringBuilder(start).append("  ");
                    empty = true;
                }
                line.append(empty ? "" : " ").append(word);
                empty = false;
            }
            out.append(line).append(System.lineSeparator());
        }
        return out.toString().stripTrailing();
    }

    static String shown(String value, String format, boolean whole) {
        if (value.length() <= SHORT) {
            return value;
        }
        if (!whole) {
            return "(" + value.length() + " characters: `broadsheet formats " + format + "` shows it)";
        }
        try {
            JsonNode tree = JSON.readTree(value);
            return System.lineSeparator() + JSON.writer(ONE_PER_LINE).writeValueAsString(tree)
                    .replaceAll("(?m)^", "                 ");
        } catch (JsonProcessingException e) {
            return value; // not JSON: a long string, shown as it is
        }
    }
}
