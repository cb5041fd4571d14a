package io.broadsheet.examples.atom.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs, version 5 (SHA-1, RFC 9562 section 5.5): the same namespace and name always give
 * the same UUID. Atom ids must never change once published, so entry ids are derived from the article
 * id, never from anything an operator might edit (title, options, position in the feed).
 */
public final class NameUuid {

    /** The namespace of every id this exporter makes; a constant, so ids agree between runs and machines. */
    public static final UUID BROADSHEET_ATOM = UUID.fromString("4d1f6a0e-2b7c-5e39-9a6d-3c8e0f1b2a57");

    private NameUuid() {
    }

    public static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3F) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    /** {@code urn:uuid:…} for {@code name} in this exporter's namespace. */
    public static String urn(String name) {
        return "urn:uuid:" + v5(BROADSHEET_ATOM, name);
    }
}
