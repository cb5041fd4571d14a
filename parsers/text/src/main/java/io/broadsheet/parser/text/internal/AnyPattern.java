package io.broadsheet.parser.text.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * A list of patterns asked one question: does any of them match? Compiled into one alternation, so that
 * each block costs one matcher instead of one per pattern (patterns that cannot be joined, e.g. for
 * repeating a group name, stay a list). Immutable and thread-safe.
 */
final class AnyPattern {

    private final Pattern joined;
    private final List<Pattern> each;

    AnyPattern(List<String> patterns) {
        Pattern j = null;
        if (!patterns.isEmpty()) {
            try {
                j = Pattern.compile(patterns.stream().map(p -> "(?:" + p + ")").collect(Collectors.joining("|")));
            } catch (PatternSyntaxException e) {
                j = null;
            }
        }
        this.joined = j;
        this.each = j != null ? List.of() : patterns.stream().map(Pattern::compile).toList();
    }

    /** Whether any pattern is found in the text. */
    boolean find(String text) {
        if (joined != null) {
            return joined.matcher(text).find();
        }
        for (Pattern p : each) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether any pattern matches at the start of the text. */
    boolean lookingAt(String text) {
        if (joined != null) {
            return joined.matcher(text).lookingAt();
        }
        for (Pattern p : each) {
            if (p.matcher(text).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
