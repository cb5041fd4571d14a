package io.broadsheet.parser.text.internal;

import io.broadsheet.parser.text.TextLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Datelines opening a paragraph ("新华社北京11月10日电（记者 罗斌）"): the lexicon's patterns compiled. Immutable. */
public final class Datelines {

    private final Rules rules;
    private final List<Pattern> datelines;
    private final Pattern reporterGroup = Pattern.compile("^\\s*[（(]([^（()）]{1,40})[)）]");
    /** Characters a dateline can start with, or null when a pattern's start is not known (no pre-check). */
    private final Set<Integer> datelineStarts;

    Datelines(TextLexicon lexicon, Rules rules) {
        this.rules = rules;
        this.datelines = lexicon.datelinePatterns().stream().map(p -> Pattern.compile(Rules.expand(p, lexicon))).toList();
        this.datelineStarts = datelineStarts(lexicon);
    }

    /** The dateline that opens {@code text}, or null. */
    public DatelineMatch dateline(String text) {
        if (text.isEmpty() || datelineStarts != null && !datelineStarts.contains(text.codePointAt(0))) {
            return null;
        }
        for (Pattern p : datelines) {
            Matcher m = p.matcher(text);
            if (!m.lookingAt()) {
                continue;
            }
            int end = m.end();
            List<String> names = List.of();
            Matcher r = reporterGroup.matcher(text).region(end, text.length());
            if (r.lookingAt()) {
                List<String> reporters = rules.bylineNames(r.group(1));
                if (reporters != null) {
                    names = reporters;
                    end = r.end();
                }
            }
            String dateline = text.substring(0, end).trim();
            return new DatelineMatch(dateline, group(m, "agency"), group(m, "place"), group(m, "date"), names);
        }
        return null;
    }

    /**
     * The first characters of every dateline, when every pattern opens with a list of the lexicon
     * ("^(?<agency>{ownPaper})", "^据?(?<agency>{agency})"); null when one opens otherwise.
     */
    private static Set<Integer> datelineStarts(TextLexicon lexicon) {
        HashSet<Integer> starts = new HashSet<>();
        for (String p : lexicon.datelinePatterns()) {
            String rest = p.startsWith("^据?") ? p.substring(3) : p.startsWith("^") ? p.substring(1) : null;
            if (rest == null) {
                return null;
            }
            // A bracketed dateline ("【本市讯】") starts with its bracket, whatever is inside.
            if (rest.startsWith("【")) {
                starts.add((int) '【');
                continue;
            }
            if (p.startsWith("^据?")) {
                starts.add((int) '据');
            }
            List<String> words = rest.startsWith("(?<agency>{ownPaper})") ? lexicon.ownPaper()
                    : rest.startsWith("(?<agency>{agency})") ? lexicon.agencies() : null;
            if (words == null) {
                return null;
            }
            words.forEach(w -> starts.add(w.codePointAt(0)));
        }
        return Set.copyOf(starts);
    }

    static String group(Matcher m, String name) {
        try {
            String value = m.group(name);
            return value == null || value.isEmpty() ? null : value;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A dateline as printed, what it says, and the reporters it names. */
    public record DatelineMatch(String text, String agency, String place, String date, List<String> names) {
    }
}
