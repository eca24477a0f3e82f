package com.chatcore.security;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Unguessable ids derived from an input with the server's signing key (HMAC-SHA256, shaped as a random
 * UUID): the same input gives the same id on every node, and without the key nobody can compute it.
 */
@Component
public class SecretIds {

    private final JwtKeyProvider keys;

    SecretIds(JwtKeyProvider keys) {
        this.keys = keys;
    }

    public UUID derive(String input) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(keys.key());
            ByteBuffer bytes = ByteBuffer.wrap(hmac.doFinal(("secret-id\n" + input).getBytes(StandardCharsets.UTF_8)));
            long high = (bytes.getLong() & ~0xF000L) | 0x4000L;
            long low = (bytes.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform provides HmacSHA256", e);
        }
    }
}
