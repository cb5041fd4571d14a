package io.broadsheet.parser.text.internal;

import java.util.List;

/**
 * What stage 3 sees in one block by itself, before any context: the evidence classification and
 * segmentation decide on.
 *
 * @param terminal      ends a sentence (no layout join after it)
 * @param headingShape  could be a headline or heading line: short, no full stop inside, not ending a clause
 * @param dashStart     starts with "——" (a subtitle)
 * @param dashEnd       ends with "——" (an over-title leading into the title)
 * @param innerDash     "——" inside: a title and its subtitle printed on one line
 * @param label         the text of a bracketed column label, or null
 * @param jump          a jump marker alone, opening or closing the block, or null
 * @param credit        a photo credit closing the block, or null
 * @param bylineNames   names of a byline with a role ("记者 刘淑花"); empty for "本报评论员"; null if none
 * @param bareNames     one to three names alone ("王荣 王晓丽"), or null
 * @param dateline      the dateline opening the block, or null
 * @param signature     a letter's signature and date line
 * @param captionCue    starts like a photo caption ("图为")
 * @param furniture     a line of the page itself (editor credits, folio), part of no item
 * @param bylineKind    how the byline names were read: {@code role}, {@code padded} (a role and a name
 *                      padded to three characters' width, "王  刚"), {@code closing-credit} (a bracketed
 *                      credit closing the article) or {@code letter} (a reader's place and name); null if none
 * @param closingNote   a bracketed note closing the body ("（作者为…）"), not a byline
 * @param reference     a cross-reference to another page ("相关报道见第三版")
 * @param fieldLabel    the value of a field label line ("专栏：" → ""), or null
 */
public record BlockFeatures(
        Block block,
        boolean terminal,
        boolean headingShape,
        boolean dashStart,
        boolean dashEnd,
        boolean innerDash,
        String label,
        JumpMarkers.JumpMatch jump,
        PhotoCredits.Credit credit,
        List<String> bylineNames,
        List<String> bareNames,
        Datelines.DatelineMatch dateline,
        boolean signature,
        boolean captionCue,
        boolean furniture,
        String bylineKind,
        boolean closingNote,
        boolean reference,
        String fieldLabel) {

    public String text() {
        return block.text();
    }

    /** A jump marker that is the whole block. */
    public boolean jumpAlone() {
        return jump != null && jump.remainder().isEmpty();
    }
}
