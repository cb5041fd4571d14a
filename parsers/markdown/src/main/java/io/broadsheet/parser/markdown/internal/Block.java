package io.broadsheet.parser.markdown.internal;

/** One unit of a Markdown body: a heading (level 1-6) or a paragraph (level 0), with its 1-based lines. */
record Block(int level, String text, int startLine, int endLine) {

    static Block heading(int level, String text, int startLine, int endLine) {
        return new Block(level, text, startLine, endLine);
    }

    static Block paragraph(String text, int startLine, int endLine) {
        return new Block(0, text, startLine, endLine);
    }

    boolean isHeading() {
        return level > 0;
    }
}
