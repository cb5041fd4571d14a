package io.broadsheet.parser.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5, segmentation: the classified blocks of a page into items (articles, photos, fragments).
 * The hard question is what a run of headline-like lines is: the headline of a new article, or a
 * section heading inside the current one. A new article is certain when the run has several lines,
 * a dash line or a bracketed label, when a byline or a dateline follows it, after a picture gap, a
 * photo or a finished article; otherwise the '#' levels decide when they differ from the title's, and
 * then whether the current article already has sections or reads like a feature (subtitles, a named
 * byline) where sections are printed.
 */
public final class Segmenter {

    private final Rules rules;
    private final Trace trace;
    private final List<ItemDraft> items = new ArrayList<>();
    private ItemDraft current;
    /** The item and piece that received the last body block, for photo captions. */
    private ItemDraft lastBodyItem;
    private Classified lastBody;

    private Segmenter(Rules rules, Trace trace) {
        this.rules = rules;
        this.trace = trace;
    }

    public static List<ItemDraft> segment(List<Classified> blocks, Rules rules, Trace trace) {
        Segmenter s = new Segmenter(rules, trace);
        s.run(blocks);
        s.items.removeIf(ItemDraft::isEmpty);
        return s.items;
    }

    private void run(List<Classified> blocks) {
        int i = 0;
        while (i < blocks.size()) {
            Classified c = blocks.get(i);
            switch (c.cls()) {
                case JUMP -> jump(c);
                case CREDIT -> credit(c, i > 0 ? blocks.get(i - 1) : null);
                case BYLINE -> byline(c, i + 1 < blocks.size() ? blocks.get(i + 1) : null);
                case SIGNATURE -> signature(c);
                case FURNITURE -> trace.note(c.block(), "furniture", c.rule());
                case REFERENCE -> reference(c);
                case HEADING -> {
                    int j = i;
                    while (j < blocks.size() && blocks.get(j).cls() == BlockClass.HEADING) {
                        j++;
                    }
                    headings(new ArrayList<>(blocks.subList(i, j)), j < blocks.size() ? blocks.get(j) : null);
                    i = j;
                    continue;
                }
                default -> {
                    Classified next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                    if (captionUnderHeadline(c, next)) {
                        ItemDraft photo = ItemDraft.caption(new Piece(c, c.text()));
                        photo.doubt("caption-under-headline", "could be the first paragraph of " + current.label(), 0.2);
                        items.add(photo);
                        trace.note(c.block(), "caption", "caption-under-headline");
                        lastBody = null;
                    } else if (isolatedCaption(c, next)) {
                        String rule = next != null && next.block().blankBefore() < rules.limits.pictureGap()
                                ? "short-text-between-picture-gap-and-headline" : "short-text-between-picture-gaps";
                        ItemDraft photo = ItemDraft.caption(new Piece(c, c.text()));
                        photo.doubt(rule, "could be a paragraph (no credit printed)", 0.3);
                        items.add(photo);
                        if (current != null) {
                            current.photoAfter = true;
                        }
                        trace.note(c.block(), "caption", rule);
                        lastBody = null;
                    } else {
                        body(c);
                    }
                }
            }
            i++;
        }
    }

    private ItemDraft start(boolean headless) {
        current = new ItemDraft(headless);
        items.add(current);
        return current;
    }

    private void jump(Classified c) {
        JumpMarkers.JumpMatch jump = c.features().jump();
        if (jump.forward()) {
            if (current != null && !current.photo) {
                current.jumpTo = jump.page();
                current.markers.add(c.block());
                current.ended = true;
                trace.note(c.block(), "jump-to", "jump-marker-ends-article");
            } else {
                trace.note(c.block(), "jump-to", "jump-marker-without-article");
            }
        } else {
            ItemDraft d = start(true);
            d.jumpFrom = jump.page();
            d.markers.add(c.block());
            trace.note(c.block(), "jump-from", "jump-marker-starts-fragment");
        }
    }

    /** A cross-reference line belongs to the item it follows (its line range), never to its text. */
    private void reference(Classified c) {
        if (current != null) {
            current.markers.add(c.block());
        }
        trace.note(c.block(), "reference", c.rule());
    }

    /**
     * A caption printed between a headline and its first paragraph ("图为…" under the title, the
     * paragraph after it): a photo item, not the article's lead.
     */
    private boolean captionUnderHeadline(Classified c, Classified next) {
        return current != null && !current.photo && !current.ended && !current.headline.isEmpty() && !current.hasBody()
                && c.features().captionCue() && c.features().terminal() && c.features().dateline() == null
                && c.block().length() <= 2 * rules.limits.maxIsolatedCaption()
                && next != null && next.cls() == BlockClass.BODY;
    }

    private void credit(Classified c, Classified prev) {
        ItemDraft photo = ItemDraft.photo(c);
        PhotoCredits.Credit credit = c.features().credit();
        if (credit.caption() != null) {
            trace.note(c.block(), "caption+credit", c.rule());
        } else if (prev != null && prev == lastBody && captionBefore(prev, c)) {
            lastBodyItem.removeLastPiece();
            photo.caption = new Piece(prev, prev.text());
            if (prev.block().blankBefore() < rules.limits.pictureGap() && !prev.features().captionCue()) {
                photo.doubt("text-before-credit", Doubt.quote(prev.text()) + " could be the last paragraph of "
                        + lastBodyItem.label(), 0.2);
            }
            trace.note(prev.block(), "caption", prev.block().blankBefore() >= rules.limits.pictureGap()
                    ? "text-after-picture-gap" : "caption-cue");
            trace.note(c.block(), "credit", c.rule());
        } else {
            trace.note(c.block(), "credit", credit.graphic() ? c.rule() : "credit-without-caption");
        }
        // A photo between a headline and its first paragraph is printed inside the article, not after it.
        if (current != null && current.hasBody()) {
            current.photoAfter = true;
        }
        items.add(photo);
        lastBody = null;
    }

    /**
     * A short sentence alone after a picture gap, without a credit: a photo caption when another gap
     * or a new headline follows it (the picture sits between two articles, its caption under it).
     */
    private boolean isolatedCaption(Classified c, Classified next) {
        int gap = rules.limits.pictureGap();
        BlockFeatures f = c.features();
        return c.block().blankBefore() >= gap
                && (next == null || next.block().blankBefore() >= gap || next.cls() == BlockClass.HEADING)
                && c.block().length() <= rules.limits.maxIsolatedCaption() && (f.terminal() || f.captionCue())
                && f.dateline() == null && f.jump() == null && !rules.hasInnerStop(c.text())
                && (next == null || next.cls() != BlockClass.CREDIT);
    }

    /**
     * The block right before a credit is its caption (a credit after a picture gap has none): unless it
     * is the only paragraph of an article, or opens one with a dateline, or breaks off mid-sentence.
     */
    private boolean captionBefore(Classified prev, Classified credit) {
        int gap = rules.limits.pictureGap();
        if (credit.block().blankBefore() >= gap) {
            return false;
        }
        if (prev.block().blankBefore() >= gap || prev.features().captionCue()) {
            return true;
        }
        boolean untitled = lastBodyItem.headless && lastBodyItem.headline.isEmpty() && lastBodyItem.jumpFrom == null;
        boolean captionLength = prev.block().length() <= 2 * rules.limits.maxIsolatedCaption();
        return prev.features().terminal() && prev.features().dateline() == null && captionLength
                && (untitled || lastBodyItem.bodyBlocks() >= 2);
    }

    private void byline(Classified c, Classified next) {
        if (current != null && !current.photo && !current.ended && current.byline == null) {
            if (!current.hasBody() && !current.headline.isEmpty()) {
                current.byline = c;
                trace.note(c.block(), "byline", c.rule());
                return;
            }
            if (current.hasBody() && (next == null || next.cls() != BlockClass.BODY)) {
                current.byline = c;
                current.ended = true;
                trace.refine(c.block(), "byline", "byline-closing-article");
                return;
            }
        }
        body(new Classified(c.features(), BlockClass.BODY, "byline-out-of-place"));
    }

    private void signature(Classified c) {
        boolean continues = current != null && !current.signature.isEmpty()
                && current.signature.get(current.signature.size() - 1).block().index() == c.block().index() - 1;
        if (current != null && !current.photo && current.hasBody() && (current.signature.isEmpty() || continues)) {
            current.signature.add(c);
            current.ended = true;
            trace.note(c.block(), "signature", c.rule());
            return;
        }
        body(new Classified(c.features(), BlockClass.BODY, "signature-out-of-place"));
    }

    private void body(Classified c) {
        String text = c.text();
        JumpMarkers.JumpMatch jump = c.features().jump();
        boolean opensWithJump = jump != null && !jump.forward();
        if (opensWithJump) {
            start(true).jumpFrom = jump.page();
            text = jump.remainder();
            trace.note(c.block(), "body", "continued-from-page");
        } else if (current == null || current.ended || current.photo) {
            ItemDraft before = current;
            start(true);
            trace.note(c.block(), "body", items.size() == 1 ? "untitled-text" : "untitled-text-after-item");
            if (before != null && !before.photo) {
                current.doubt("untitled-text-after-item", "could continue " + before.label(), 0.2);
            }
        } else if (c.features().dateline() != null && current.hasBody()) {
            start(true);
            trace.note(c.block(), "body", "dateline-starts-item");
        } else if (current.hasBody() && lastBody != null && lastBodyItem == current && lastBody.features().terminal()
                && rules.fragmentStart(text)) {
            ItemDraft before = current;
            start(true);
            trace.note(c.block(), "body", "starts-mid-sentence");
            current.doubt("starts-mid-sentence", "could be a paragraph of " + before.label(), 0.1);
        } else {
            trace.note(c.block(), "body", c.rule());
        }
        if (jump != null && jump.forward()) {
            text = jump.remainder();
            current.jumpTo = jump.page();
            current.ended = true;
            trace.note(c.block(), "body+jump-to", "jump-marker-ends-article");
        }
        current.add(new Piece(c, text));
        lastBodyItem = current;
        lastBody = c;
        if (c.features().closingNote()) {
            current.ended = true; // "（作者为…）" is the last line of its article
        }
    }

    private void headings(List<Classified> run, Classified next) {
        Classified bareByline = null;
        Classified last = run.get(run.size() - 1);
        if (run.size() >= 2 && last.features().bareNames() != null && next != null && next.cls() == BlockClass.BODY) {
            bareByline = last;
            run.remove(run.size() - 1);
            next = last;
        }
        if (run.size() >= 2 && closingNames(run.subList(0, 1), run.get(1))) {
            // A commentary's signature set right under its last paragraph, then the next headline.
            current.byline = run.remove(0);
            current.ended = true;
            current.doubt("signature-closing-commentary", Doubt.quote(current.byline.text())
                    + " could be a title above " + Doubt.quote(run.get(0).text()), 0.2);
            trace.note(current.byline.block(), "byline", "signature-closing-commentary");
        }
        if (closingNames(run, next)) {
            current.byline = run.get(0);
            current.ended = true;
            trace.note(run.get(0).block(), "byline", "names-closing-article");
            return;
        }
        if (sectionWithDashLine(run, next)) {
            current.startSection(run.get(0));
            current.sectionNotes.put(current.sections.size() - 1, run.get(1));
            trace.note(run.get(0).block(), "section-heading", "heading-with-its-dash-line");
            trace.note(run.get(1).block(), "section-subtitle", "dash-line-under-heading");
            lastBody = null;
            return;
        }
        String reason = newItemReason(run, next);
        if (reason == null) {
            String section = sectionReason(run.get(0));
            if (section != null) {
                if (section.startsWith("feature-with")) {
                    current.doubt(section, Doubt.quote(run.get(0).text()) + " could start a new article", 0.2);
                }
                current.startSection(run.get(0));
                trace.note(run.get(0).block(), "section-heading", section);
                lastBody = null;
                return;
            }
            reason = "not-a-section-heading";
        }
        ItemDraft d;
        ItemDraft before = current;
        if (misplacedHeadline(run, next)) {
            d = current;
            reason = "headline-after-its-lead";
            boolean dated = d.firstPiece().source().features().dateline() != null;
            d.doubt(reason, "the paragraphs above " + Doubt.quote(run.get(0).text())
                    + " could be a fragment of another article", dated ? 0.1 : 0.3);
        } else {
            d = start(false);
            if (reason.equals("not-a-section-heading")) {
                d.doubt(reason, Doubt.quote(run.get(0).text()) + " could be a section heading of " + before.label(), 0.3);
            }
        }
        d.headline.addAll(run);
        for (Classified c : run) {
            trace.note(c.block(), "headline", reason);
        }
        if (bareByline != null) {
            d.byline = bareByline;
            trace.note(bareByline.block(), "byline", "names-under-headline");
        }
        lastBody = null;
    }

    /** Names alone after the last paragraph of an article ("郭建祯"): its byline. */
    private boolean closingNames(List<Classified> run, Classified next) {
        return run.size() == 1 && run.get(0).features().bareNames() != null && current != null && !current.photo
                && !current.ended && current.hasBody() && current.byline == null
                && (next == null || next.cls() != BlockClass.BODY);
    }

    /** A section heading with its own "——" line right under it (no blank line between). */
    private boolean sectionWithDashLine(List<Classified> run, Classified next) {
        if (run.size() != 2 || current == null || current.photo || current.ended || !current.hasBody()) {
            return false;
        }
        BlockFeatures head = run.get(0).features();
        BlockFeatures dash = run.get(1).features();
        boolean plainHead = !head.dashStart() && !head.dashEnd() && !head.innerDash() && head.label() == null;
        boolean followsBody = next != null && next.cls() == BlockClass.BODY && next.features().dateline() == null;
        return plainHead && dash.dashStart() && dash.block().blankBefore() == 0 && followsBody
                && head.block().blankBefore() < rules.limits.pictureGap() && sectionReason(run.get(0)) != null;
    }

    /** Why the run must start a new item, or null when it may be a section heading. */
    private String newItemReason(List<Classified> run, Classified next) {
        if (current == null) {
            return "page-starts-with-headline";
        }
        if (current.photo || current.ended) {
            return current.photo ? "after-photo" : "previous-item-finished";
        }
        if (!current.headline.isEmpty() && !current.hasBody() && current.byline == null) {
            return "headline-without-body-before";
        }
        if (current.photoAfter) {
            return "after-photo";
        }
        if (run.size() >= 2) {
            return "multi-line-headline";
        }
        BlockFeatures f = run.get(0).features();
        if (f.dashStart() || f.dashEnd() || f.innerDash()) {
            return "dash-in-headline";
        }
        if (f.label() != null) {
            return "column-label";
        }
        if (next != null && (next.cls() == BlockClass.BYLINE || next.features().bareNames() != null
                && next.cls() != BlockClass.BODY)) {
            return "byline-follows";
        }
        if (next != null && next.features().dateline() != null) {
            return "dateline-follows";
        }
        if (f.block().blankBefore() >= rules.limits.pictureGap()) {
            return "after-layout-gap";
        }
        if (current.headless && current.headline.isEmpty()) {
            return "after-untitled-text";
        }
        return null;
    }

    /** Why a single headline-like line is a section heading of the current article, or null. */
    private String sectionReason(Classified line) {
        Block b = line.block();
        if (!current.hasBody()) {
            return current.byline != null && !current.headline.isEmpty() ? "heading-after-byline" : null;
        }
        int titleLevel = current.titleLevel();
        if (b.marked() && titleLevel > 0) {
            if (b.level() < titleLevel) {
                return null;
            }
            if (b.level() > titleLevel && b.length() <= rules.limits.maxSectionHeading() * 2) {
                return "deeper-marker-than-title";
            }
        }
        if (b.length() > rules.limits.maxSectionHeading()) {
            return null;
        }
        if (rules.shapes.numberedSection(line.text())) {
            return "numbered-heading";
        }
        if (current.hasSections()) {
            return "article-has-sections";
        }
        if (current.headline.size() >= 2) {
            return "feature-with-subtitles";
        }
        if (current.byline != null && current.byline.features().bylineNames() != null
                && !current.byline.features().bylineNames().isEmpty()) {
            return "feature-with-reporter-byline";
        }
        return null;
    }

    /**
     * A headline printed after the first paragraphs of its article: the current item is untitled text
     * that opened with a dateline, and the headline is not followed by a dateline or byline of its own.
     */
    private boolean misplacedHeadline(List<Classified> run, Classified next) {
        if (current == null || !current.headless || !current.headline.isEmpty() || current.photo
                || current.ended || current.bodyBlocks() > 3) {
            return false;
        }
        Piece first = current.firstPiece();
        if (first == null || current.jumpFrom != null || rules.fragmentStart(first.text())) {
            return false;
        }
        return next == null || next.cls() != BlockClass.BYLINE && next.features().dateline() == null;
    }
}
