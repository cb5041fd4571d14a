package io.broadsheet.parser.text.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One item of a page as segmentation leaves it: which blocks belong to it and in which role, before
 * field extraction reads the model's fields out of them. Mutable while the segmenter builds it.
 */
public final class ItemDraft {

    /** A heading (null for the lead) and the body pieces under it. */
    public record SectionDraft(Classified heading, List<Piece> pieces) {
    }

    final List<Classified> headline = new ArrayList<>();
    final List<SectionDraft> sections = new ArrayList<>();
    /** The "——" line printed under a section heading, by section index. */
    final java.util.Map<Integer, Classified> sectionNotes = new java.util.TreeMap<>();
    Classified byline;
    /** A letter's closing lines: signer and date, one or two blocks. */
    final List<Classified> signature = new ArrayList<>();
    /** Jump markers on their own lines: part of the item's line range, not of its text. */
    final List<Block> markers = new ArrayList<>();
    Integer jumpTo;
    Integer jumpFrom;
    boolean photo;
    Classified creditBlock;
    Piece caption;
    /** Nothing more belongs to it (after a jump marker, a signature or a trailing byline). */
    boolean ended;
    /** A photo was printed after its last body block. */
    boolean photoAfter;
    /** Decisions about this item taken on weak evidence (see {@link Doubt}). */
    final List<Doubt> doubts = new ArrayList<>();
    /** Started with body text, no headline above it. */
    final boolean headless;

    ItemDraft(boolean headless) {
        this.headless = headless;
        sections.add(new SectionDraft(null, new ArrayList<>()));
    }

    static ItemDraft photo(Classified credit) {
        ItemDraft d = new ItemDraft(true);
        d.photo = true;
        d.creditBlock = credit;
        return d;
    }

    /** The photo credit, or null for a photo known only by its caption. */
    PhotoCredits.Credit credit() {
        return creditBlock == null ? null : creditBlock.features().credit();
    }

    /** A photo known only by its caption (no credit printed). */
    static ItemDraft caption(Piece caption) {
        ItemDraft d = new ItemDraft(true);
        d.photo = true;
        d.caption = caption;
        return d;
    }

    void add(Piece piece) {
        sections.get(sections.size() - 1).pieces().add(piece);
    }

    void startSection(Classified heading) {
        sections.add(new SectionDraft(heading, new ArrayList<>()));
    }

    boolean hasBody() {
        for (SectionDraft s : sections) {
            if (!s.pieces().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    int bodyBlocks() {
        int n = 0;
        for (SectionDraft s : sections) {
            n += s.pieces().size();
        }
        return n;
    }

    boolean hasSections() {
        for (SectionDraft s : sections) {
            if (s.heading() != null) {
                return true;
            }
        }
        return false;
    }

    void doubt(String rule, String reading, double weight) {
        doubts.add(new Doubt(rule, reading, weight));
    }

    /** The title line as printed, for readings; "untitled text" when there is none. */
    String label() {
        return headline.isEmpty() ? "the untitled text above" : Doubt.quote(headline.get(headline.size() - 1).text());
    }

    Piece firstPiece() {
        for (SectionDraft s : sections) {
            if (!s.pieces().isEmpty()) {
                return s.pieces().get(0);
            }
        }
        return null;
    }

    Piece lastPiece() {
        for (int i = sections.size() - 1; i >= 0; i--) {
            List<Piece> p = sections.get(i).pieces();
            if (!p.isEmpty()) {
                return p.get(p.size() - 1);
            }
        }
        return null;
    }

    /** Takes out the last body piece (it turned out to be a photo caption). */
    void removeLastPiece() {
        for (int i = sections.size() - 1; i >= 0; i--) {
            List<Piece> p = sections.get(i).pieces();
            if (!p.isEmpty()) {
                p.remove(p.size() - 1);
                return;
            }
        }
    }

    /** The headline's '#' level: the fewest markers of its lines, 0 when unmarked. */
    int titleLevel() {
        int level = 0;
        for (Classified c : headline) {
            int l = c.block().level();
            if (l > 0 && (level == 0 || l < level)) {
                level = l;
            }
        }
        return level;
    }

    boolean isEmpty() {
        return headline.isEmpty() && !hasBody() && !photo && byline == null && signature.isEmpty();
    }

    /** Every block of the item, for its line range. */
    List<Block> blocks() {
        List<Block> all = new ArrayList<>();
        headline.forEach(c -> all.add(c.block()));
        if (byline != null) {
            all.add(byline.block());
        }
        for (SectionDraft s : sections) {
            if (s.heading() != null) {
                all.add(s.heading().block());
            }
            s.pieces().forEach(p -> all.add(p.block()));
        }
        for (Classified note : sectionNotes.values()) {
            all.add(note.block());
        }
        signature.forEach(c -> all.add(c.block()));
        if (caption != null) {
            all.add(caption.block());
        }
        if (creditBlock != null) {
            all.add(creditBlock.block());
        }
        all.addAll(markers);
        return all;
    }
}
