package io.broadsheet.core.io;

import io.broadsheet.core.error.LimitExceededException;

/**
 * Bounds on YAML that nobody vetted (configuration files, Markdown front matter), checked while it is
 * read so that a hostile file is refused early and in linear time: a 16 MB scalar, a huge comment, an
 * alias bomb ({@code &a [*b, *b, …]} nested) or deep nesting never reach the parser's super-linear paths.
 *
 * @param maxCodePoints the most characters the whole text may have, comments included
 * @param maxAliases    the most alias uses ({@code *name}); each copies its anchor's value
 * @param maxDepth      the deepest nesting of maps and lists
 */
public record YamlLimits(int maxCodePoints, int maxAliases, int maxDepth) {

    /**
     * One million characters (a config file or a front matter is a few kilobytes; SnakeYAML's own
     * default of 3 MB already takes seconds on one scalar), 50 aliases, 50 levels.
     */
    public static final YamlLimits DEFAULTS = new YamlLimits(1_000_000, 50, 50);

    public YamlLimits {
        if (maxCodePoints < 1 || maxAliases < 0 || maxDepth < 1) {
            throw new IllegalArgumentException("YAML limits must be positive: maxCodePoints " + maxCodePoints
                    + ", maxAliases " + maxAliases + ", maxDepth " + maxDepth);
        }
    }

    public LimitExceededException tooLong(String source, int line) {
        return new LimitExceededException(source, line, "YAML longer than maxCodePoints (" + maxCodePoints
                + " characters); refused before parsing further");
    }

    public LimitExceededException tooManyAliases(String source, int line) {
        return new LimitExceededException(source, line, "YAML uses more than maxAliases (" + maxAliases
                + ") aliases (*name); refused as a possible alias bomb");
    }

    public LimitExceededException tooDeep(String source, int line) {
        return new LimitExceededException(source, line, "YAML nested deeper than maxDepth (" + maxDepth + ") levels");
    }
}
