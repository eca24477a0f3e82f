package com.chatcore.api.guest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 (lower-case hex) of a guest's key: what commands, events and read models hold instead of
 * the key itself, so the event store never holds the secret. The key is a random UUID (122 random
 * bits), so an unsalted hash cannot be reversed by guessing.
 */
public final class GuestKeyHash {

    private GuestKeyHash() {
    }

    /** The hash of {@code key}, given in its canonical lower-case UUID form. */
    public static String of(String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
