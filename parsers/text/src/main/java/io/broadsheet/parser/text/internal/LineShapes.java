package io.broadsheet.parser.text.internal;

import io.broadsheet.parser.text.TextLexicon;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a whole line is by its shape: a bracketed label or rubric, a column opener, a numbered section
 * heading, a line of the page itself (furniture), a letter's signature and date. Immutable.
 */
public final class LineShapes {

    private final Rules rules;
    private final List<Pattern> signatures;
    private final AnyPattern furniture;
    private final AnyPattern sectionStarts;

    LineShapes(TextLexicon lexicon, Rules rules) {
        this.rules = rules;
        this.signatures = lexicon.signaturePatterns().stream().map(Pattern::compile).toList();
        this.furniture = new AnyPattern(lexicon.furniturePatterns());
        this.sectionStarts = new AnyPattern(lexicon.sectionPatterns());
    }


    /** The label inside a bracketed line ("(战“疫”先锋)" → "战“疫”先锋"), or null. */
    public String bracketedLabel(String text) {
        if (text.length() < 3) {
            return null;
        }
        char open = text.charAt(0);
        char close = text.charAt(text.length() - 1);
        boolean pair = open == '(' && close == ')' || open == '（' && close == '）' || open == '【' && close == '】'
                || open == '〔' && close == '〕' || open == '[' && close == ']' || open == '［' && close == '］';
        if (!pair) {
            return null;
        }
        String inner = text.substring(1, text.length() - 1).trim();
        if (inner.isEmpty() || inner.codePointCount(0, inner.length()) > 20 || rules.jumps.jump(text) != null
                || rules.lexicon.correspondentMarks().contains(inner) || rules.terminal(inner) || inner.indexOf('(') >= 0
                || inner.indexOf('（') >= 0) {
            return null;
        }
        return inner;
    }

    /** A bracketed mark of the correspondent or the end ("(本通)", "(完)"), kept with the paragraph it closes. */
    public boolean correspondentMark(String text) {
        String inner = Rules.unbracket(text);
        return !inner.equals(text.trim()) && rules.lexicon.correspondentMarks().contains(inner);
    }

    /** A rubric of short phrases separated by spaces ("新时代 新征程 新伟业"). */
    public boolean rubric(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            int n = w.codePointCount(0, w.length());
            if (n < 2 || n > rules.limits.maxRubricWord() || !w.codePoints().allMatch(Character::isIdeographic)) {
                return false;
            }
        }
        return true;
    }

    public boolean columnOpener(String text) {
        return rules.lexicon.columnOpeners().contains(text);
    }

    /** A heading numbered or bulleted as sections are ("一、…", "（二）…", "■…"). */
    public boolean numberedSection(String text) {
        return sectionStarts.find(text);
    }

    /** A line of the page itself (editors' credits, the folio), part of no item. */
    public boolean furniture(String text) {
        return furniture.find(text);
    }

    /** A letter's closing signature and date ("中共朔州市委统一战线工作部 2022年11月24日"). */
    public boolean signature(String text) {
        for (Pattern p : signatures) {
            Matcher m = p.matcher(text);
            if (m.matches()) {
                String signer = Datelines.group(m, "signer");
                return signer == null || !rules.terminal(signer) && !signer.contains("。") && !signer.contains("，");
            }
        }
        return false;
    }
}
