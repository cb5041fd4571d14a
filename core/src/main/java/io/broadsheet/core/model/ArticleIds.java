package io.broadsheet.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable article ids: the same source path and position always give the same id. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /**
     * An id for the item at {@code position} (its index on the page, or its first line) of the input at
     * {@code path}: 16 hex digits of SHA-256 over both, so ids are short, stable and file-name safe.
     */
    public static String of(String path, int position) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((path + "#" + position).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
