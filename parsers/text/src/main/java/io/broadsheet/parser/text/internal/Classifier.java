package io.broadsheet.parser.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 4, classification: each block's class from its own features, then one look at its neighbours'
 * features, where a block alone is ambiguous (a short unpunctuated line inside an open sentence is the
 * rest of that sentence, not a heading).
 */
public final class Classifier {

    private Classifier() {
    }

    public static List<Classified> classify(List<BlockFeatures> blocks, int pictureGap) {
        List<Classified> first = new ArrayList<>(blocks.size());
        for (BlockFeatures f : blocks) {
            first.add(alone(f));
        }
        List<Classified> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < first.size(); i++) {
            out.add(inContext(first, i, pictureGap));
        }
        return out;
    }

    /** A short line ending in "！" or "？" with a byline or dateline under it is a title, not a sentence. */
    private static boolean exclaimedTitle(List<Classified> all, int i) {
        BlockFeatures f = all.get(i).features();
        String t = f.text();
        boolean exclaims = t.endsWith("！") || t.endsWith("？") || t.endsWith("!") || t.endsWith("?");
        if (!exclaims || f.block().length() > 24 || t.indexOf('。') >= 0 || t.indexOf('，') >= 0 || t.indexOf(',') >= 0
                || f.dateline() != null || i + 1 >= all.size()) {
            return false;
        }
        Classified next = all.get(i + 1);
        boolean previousEnds = i == 0 || all.get(i - 1).cls() != BlockClass.BODY || all.get(i - 1).features().terminal();
        return previousEnds && (next.cls() == BlockClass.BYLINE || next.features().dateline() != null);
    }

    private static Classified alone(BlockFeatures f) {
        if (f.furniture()) {
            return new Classified(f, BlockClass.FURNITURE, "page-furniture");
        }
        if (f.fieldLabel() != null && f.fieldLabel().isEmpty()) {
            return new Classified(f, BlockClass.FURNITURE, "empty-field-label");
        }
        if (f.reference()) {
            return new Classified(f, BlockClass.REFERENCE, "reference-to-page");
        }
        if (f.closingNote()) {
            return new Classified(f, BlockClass.BODY, "closing-note");
        }
        if (f.jumpAlone()) {
            return new Classified(f, BlockClass.JUMP, "jump-marker");
        }
        if (f.credit() != null) {
            return new Classified(f, BlockClass.CREDIT, f.credit().graphic() ? "graphic-credit"
                    : f.credit().caption() == null ? "photo-credit" : "caption-and-credit");
        }
        if (f.bylineNames() != null) {
            String rule = switch (f.bylineKind()) {
                case "closing-credit" -> "closing-bracket-credit";
                case "letter" -> "place-and-name-signature";
                case "padded" -> "byline-with-padded-name";
                default -> f.bylineNames().isEmpty() ? "byline-without-name" : "byline-with-role";
            };
            return new Classified(f, BlockClass.BYLINE, rule);
        }
        if (f.signature()) {
            return new Classified(f, BlockClass.SIGNATURE, "signature-and-date");
        }
        if (f.headingShape()) {
            return new Classified(f, BlockClass.HEADING, f.fieldLabel() != null ? "field-label-line"
                    : f.label() != null ? "bracketed-label"
                    : f.block().marked() ? "marked-short-line" : "short-unpunctuated-line");
        }
        if (f.dateline() != null) {
            return new Classified(f, BlockClass.BODY, "opens-with-dateline");
        }
        return new Classified(f, BlockClass.BODY, f.terminal() ? "sentence" : "open-sentence");
    }

    /** Longest signer after a dash ("——编 者", "——本报评论部"); a longer dash line is a subtitle ("——记…"). */
    private static final int MAX_DASH_SIGNER = 6;

    /**
     * A dash and a short signer alone under a finished paragraph ("——编 者" closing an editor's note):
     * the signature of the text above, never the column or kicker of the article below.
     */
    private static boolean dashSignature(BlockFeatures f, Classified prev) {
        if (!f.dashStart() || f.block().marked() || prev == null || prev.cls() != BlockClass.BODY
                || !prev.features().terminal()) {
            return false;
        }
        String signer = f.text().replaceAll("^[—\\-－]+", "").replaceAll("[\\s\u00a0\u3000]", "");
        return !signer.isEmpty() && signer.length() <= MAX_DASH_SIGNER && signer.codePoints().allMatch(Character::isIdeographic);
    }

    private static Classified inContext(List<Classified> all, int i, int pictureGap) {
        Classified c = all.get(i);
        if (c.cls() == BlockClass.BODY && exclaimedTitle(all, i)) {
            return new Classified(c.features(), BlockClass.HEADING, "question-or-exclamation-title");
        }
        if (c.cls() != BlockClass.HEADING) {
            return c;
        }
        BlockFeatures f = c.features();
        Classified prev = i > 0 ? all.get(i - 1) : null;
        Classified next = i + 1 < all.size() ? all.get(i + 1) : null;
        boolean plain = !f.block().marked() && !f.dashStart() && !f.dashEnd() && !f.innerDash() && f.label() == null;
        boolean prevOpen = prev != null && prev.cls() == BlockClass.BODY && !prev.features().terminal()
                && f.block().blankBefore() < pictureGap;
        boolean nextStartsItem = next != null && (next.cls() == BlockClass.BYLINE || next.cls() == BlockClass.HEADING
                || next.features().dateline() != null);
        if (plain && prevOpen && !nextStartsItem) {
            return new Classified(f, BlockClass.BODY, "continues-open-sentence");
        }
        // A report's author under its dash subtitle ("——…在…会议上" / "国家发展和改革委员会").
        if ("institution".equals(f.bylineKind()) && !f.block().marked() && prev != null
                && prev.cls() == BlockClass.HEADING && prev.features().dashStart()) {
            return new Classified(f, BlockClass.BYLINE, "institution-under-dash-subtitle");
        }
        if (dashSignature(f, prev)) {
            return new Classified(f, BlockClass.BYLINE, "dash-signature-after-text");
        }
        // A short line right above a signature's date is the signer ("中共某某委员会" / "2022年11月24日").
        if (next != null && next.cls() == BlockClass.SIGNATURE && plain && !f.block().marked()
                && next.features().text().codePoints().allMatch(cp -> cp < 0x80 && Character.isDigit(cp)
                        || "年月日０１２３４５６７８９".indexOf(cp) >= 0)
                && f.block().length() <= 30) {
            return new Classified(f, BlockClass.SIGNATURE, "signer-above-date");
        }
        // A line ending in "——" leads into what follows: a title when one follows, else a list.
        boolean prevHeading = prev != null && prev.cls() == BlockClass.HEADING;
        if (f.dashEnd() && !f.block().marked() && (next == null || next.cls() != BlockClass.HEADING) && !prevHeading) {
            return new Classified(f, BlockClass.BODY, "dash-introduces-list");
        }
        return c;
    }
}
