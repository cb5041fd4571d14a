package io.broadsheet.parser.text.internal;

import io.broadsheet.core.text.ChineseNumerals;
import io.broadsheet.parser.text.TextLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jump markers ("(下转第三版)", "(上接第一版)") and cross-references to another page ("相关报道见第三版"). Immutable. */
public final class JumpMarkers {

    private final Pattern jumpTo;
    private final Pattern jumpFrom;
    private final AnyPattern references;

    JumpMarkers(TextLexicon lexicon) {
        this.jumpTo = jump(lexicon.jumpToWords());
        this.jumpFrom = jump(lexicon.jumpFromWords());
        this.references = new AnyPattern(lexicon.referencePatterns());
    }

    private static Pattern jump(List<String> words) {
        return Pattern.compile("[（(]\\s*" + Rules.alternation(words)
                + "\\s*第?\\s*(?<page>[0-9０-９]{1,3}|[一二三四五六七八九十〇零两]{1,3}|[A-Za-z][0-9]{1,2})\\s*[版页]?\\s*[)）]");
    }


    /** A jump marker standing alone, opening or closing the text. */
    public JumpMatch jump(String text) {
        // Markers stand at either end of a block: only the bracket there is tried (this runs on every block).
        if (text.endsWith(")") || text.endsWith("）")) {
            int open = Math.max(text.lastIndexOf('('), text.lastIndexOf('（'));
            if (open >= 0) {
                Matcher to = jumpTo.matcher(text).region(open, text.length());
                if (to.matches()) {
                    return new JumpMatch(true, page(to.group("page")), text.substring(0, open).stripTrailing());
                }
            }
        }
        if (text.startsWith("(") || text.startsWith("（")) {
            Matcher from = jumpFrom.matcher(text);
            if (from.lookingAt()) {
                return new JumpMatch(false, page(from.group("page")), text.substring(from.end()).stripLeading());
            }
        }
        return null;
    }

    /**
     * @param forward   "下转" (continued on a later page) rather than "上接"
     * @param page      the other page, or null when its number cannot be read
     * @param remainder the text without the marker
     */
    public record JumpMatch(boolean forward, Integer page, String remainder) {
    }

    static Integer page(String printed) {
        if (printed == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : printed.toCharArray()) {
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + c - '０'));
            }
        }
        if (digits.length() > 0) {
            return Integer.valueOf(digits.toString());
        }
        return ChineseNumerals.parseBelowHundred(printed);
    }

    /** A cross-reference to another page ("相关报道见第三版"): part of no text, never a title. */
    public boolean reference(String text) {
        if (text.length() > 30 || text.indexOf('见') < 0) {
            return false;
        }
        return references.find(text);
    }
}
