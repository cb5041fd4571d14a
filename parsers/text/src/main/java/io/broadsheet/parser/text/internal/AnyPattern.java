package io.broadsheet.parser.text.internal;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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
    /** Every pattern opens with '^': finding is matching at the start, without trying every position. */
    private final boolean anchored;

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
        this.anchored = !patterns.isEmpty() && patterns.stream().allMatch(p -> p.startsWith("^") && !p.contains("(?m"));
    }

    /** Whether any pattern is found in the text. */
    boolean find(String text) {
        return any(text, anchored ? Matcher::lookingAt : Matcher::find);
    }

    /** Whether any pattern matches at the start of the text. */
    boolean lookingAt(String text) {
        return any(text, Matcher::lookingAt);
    }

    private boolean any(String text, Predicate<Matcher> test) {
        if (joined != null) {
            return test.test(joined.matcher(text));
        }
        for (Pattern p : each) {
            if (test.test(p.matcher(text))) {
                return true;
            }
        }
        return false;
    }
}
