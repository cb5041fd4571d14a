package io.broadsheet.parser.text.internal;

/** A body block as it enters an item: its text may have lost a jump marker. */
public record Piece(Classified source, String text) {

    public Block block() {
        return source.block();
    }
}
