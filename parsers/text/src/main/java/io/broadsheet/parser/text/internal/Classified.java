package io.broadsheet.parser.text.internal;

/** A block with its class and the name of the rule that decided it (shown by {@code broadsheet inspect}). */
public record Classified(BlockFeatures features, BlockClass cls, String rule) {

    public Block block() {
        return features.block();
    }

    public String text() {
        return features.text();
    }
}
