package io.broadsheet.core.spi;

import java.io.IOException;

/**
 * One run of a parser over the inputs of an archive, in order. Inputs are parsed one at a time and
 * articles are emitted as they are read: nothing needs the whole archive in memory.
 */
public interface ParseSession {

    /**
     * Parses one input, sending each article to {@code sink} as soon as it is complete. Throws
     * {@link io.broadsheet.core.error.InputException} (naming the input and line) when the input is
     * malformed; the run goes on with the next input.
     */
    void parse(SourceInput input, ArticleSink sink) throws IOException;

    /** Called once after the last input: a parser that links inputs (continuations) emits what it held. */
    default void finish(ArticleSink sink) throws IOException {
    }

    /**
     * Writes, for an operator, how the parser read {@code input}: each block with the class and the rule
     * that decided it. Parsers without named stages print nothing.
     */
    default void explain(SourceInput input, Appendable out) throws IOException {
    }

    /**
     * Draws {@code input}'s first page as SVG with the blocks numbered in reading order, for {@code broadsheet
     * inspect --svg}. Returns false when the format has no page to draw (text-only formats).
     */
    default boolean draw(SourceInput input, Appendable svg) throws IOException {
        return false;
    }
}
