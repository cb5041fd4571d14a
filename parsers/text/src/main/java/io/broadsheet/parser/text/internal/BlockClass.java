package io.broadsheet.parser.text.internal;

/** Stage 4's verdict on a block, before segmentation gives it its role in an item. */
public enum BlockClass {
    /** A headline, heading or label line: segmentation decides which. */
    HEADING,
    /** A byline on its own line. */
    BYLINE,
    /** Body text: a paragraph or a piece of one. */
    BODY,
    /** A photo credit, alone or after its caption. */
    CREDIT,
    /** A jump marker alone on its line. */
    JUMP,
    /** A letter's signature and date. */
    SIGNATURE,
    /** A cross-reference to another page ("相关报道见第三版"): part of its item, not of its text. */
    REFERENCE,
    /** A line of the page, not of an item (editor credits, folio): left out. */
    FURNITURE
}
