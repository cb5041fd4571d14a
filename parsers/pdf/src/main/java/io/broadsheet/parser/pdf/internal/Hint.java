package io.broadsheet.parser.pdf.internal;

/** What a block's typography and position say about it, before the text stages read its words. */
public enum Hint {
    /** The largest headline of a run of headline blocks: the '#' of the laid-out text. */
    HEADLINE,
    /** A smaller headline next to a larger one (kicker above, subtitle below): '##'. */
    SUBHEADLINE,
    /** A short bold line at about body size inside the text: a section heading, '###'. */
    HEADING,
    /** Smaller than body text: bylines, captions, credits, notes. */
    SMALL,
    BODY,
    /** A picture; the laid-out text leaves a picture gap where it sits. */
    PICTURE,
    /** Masthead, folio, running head: read for edition facts, not part of any article. */
    FURNITURE
}
