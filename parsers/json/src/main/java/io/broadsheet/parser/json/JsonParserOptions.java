package io.broadsheet.parser.json;

/**
 * Options of the {@code json} parser; the defaults are in {@link JsonParser#defaultOptions()}.
 *
 * @param maxLineMegabytes a longer line (one article) refuses the rest of the file: a line is read whole
 *                         before it is parsed, so this bounds the memory one input can take
 */
public record JsonParserOptions(int maxLineMegabytes) {

    public JsonParserOptions {
        if (maxLineMegabytes < 1 || maxLineMegabytes > 1024) {
            throw new IllegalArgumentException("maxLineMegabytes must be between 1 and 1024, not " + maxLineMegabytes);
        }
    }
}
