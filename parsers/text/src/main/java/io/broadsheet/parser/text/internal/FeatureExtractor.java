package io.broadsheet.parser.text.internal;

import java.util.ArrayList;
import java.util.List;

/** Stage 3, features: what each block shows by itself (see {@link BlockFeatures}). */
public final class FeatureExtractor {

    static final String DASH = "——";

    private FeatureExtractor() {
    }

    public static List<BlockFeatures> extract(List<Block> blocks, Rules rules) {
        List<BlockFeatures> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(of(b, rules));
        }
        return out;
    }

    /** Words of Latin letters: a run of them is running text, whatever its punctuation. */
    private static int latinWords(String text) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = c < 0x250 && Character.isLetter(c);
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            n++;
        }
        return n;
    }

    static BlockFeatures of(Block b, Rules rules) {
        String t = b.text();
        boolean closingNote = rules.closingNote(t);
        // A closing note or a reader's signature after the last sentence ends the paragraph too.
        boolean terminal = rules.terminal(t) || closingNote || t.indexOf(' ') > 0 && rules.trailingSignature(t) != null;
        boolean dashStart = t.startsWith(DASH) || t.startsWith("—") && t.length() > 1;
        boolean dashEnd = t.endsWith(DASH) && !dashStart;
        int inner = t.indexOf(DASH, 1);
        boolean innerDash = !dashStart && inner > 0 && inner < t.length() - DASH.length();
        JumpMarkers.JumpMatch jump = rules.jumps.jump(t);
        PhotoCredits.Credit credit = rules.credits.credit(t);
        Datelines.DatelineMatch dateline = rules.datelines.dateline(t);
        List<String> byline = dateline == null && !closingNote ? rules.bylineNames(t) : null;
        String bylineKind = byline == null ? null : byline.stream().allMatch(t::contains) ? "role" : "padded";
        if (byline == null && !closingNote) {
            byline = rules.closingCredit(t);
            bylineKind = byline == null ? null : "closing-credit";
        }
        if (byline == null && dateline == null) {
            byline = rules.letterSignature(t);
            bylineKind = byline == null ? null : "letter";
        }
        boolean reference = rules.jumps.reference(t);
        String fieldLabel = rules.fieldLabel(t);
        boolean signature = rules.shapes.signature(t);
        int max = b.marked() ? rules.limits.maxMarkedHeadline() : rules.limits.maxHeadline();
        boolean clauseOpen = t.endsWith("，") || t.endsWith(",") || t.endsWith("、");
        boolean exclaims = b.marked() && (t.endsWith("！") || t.endsWith("？") || t.endsWith("!") || t.endsWith("?"));
        // Headlines rarely run clause after clause: an unmarked line with two commas, or a long one with a
        // comma, is a sentence the layout cut (kickers ending in "——" excepted).
        String head = innerDash ? t.substring(0, inner) : t;
        int commas = count(head, '，') + count(head, ',');
        int headLength = head.codePointCount(0, head.length());
        boolean sentenceLike = !b.marked() && !t.endsWith(DASH)
                && (commas >= 2 || commas == 1 && headLength > rules.limits.maxSectionHeading() + 4
                        || latinWords(t) >= 6);
        boolean headingShape = b.length() <= max && !rules.hasInnerStop(t) && !clauseOpen && !sentenceLike
                && (!terminal || dashEnd || exclaims)
                && dateline == null && credit == null && byline == null && !signature
                && jump == null && !rules.shapes.correspondentMark(t) && !closingNote && !reference;
        if (bylineKind == null && rules.institution(t)) {
            bylineKind = "institution";
        }
        String label = closingNote || reference ? null
                : fieldLabel != null && !fieldLabel.isEmpty() ? fieldLabel : rules.shapes.bracketedLabel(t);
        return new BlockFeatures(b, terminal, headingShape || label != null, dashStart, dashEnd, innerDash, label,
                jump, credit, byline, rules.bareNames(t), dateline, signature, rules.credits.captionCue(t),
                rules.shapes.furniture(t), bylineKind, closingNote, reference, fieldLabel);
    }
}
