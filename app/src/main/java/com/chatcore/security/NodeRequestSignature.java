package com.chatcore.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.function.LongSupplier;

/**
 * Signs and checks requests between nodes (a command routed to the node that owns its conversation) with an
 * HMAC-SHA256 key derived from the JWT secret the nodes already share, so no node needs another secret and no
 * outsider can run a command as anyone. A signature names its time and is refused when older than
 * {@link #MAX_AGE}, so a captured request cannot be replayed later.
 */
@Component
public class NodeRequestSignature {

    public static final String HEADER = "X-Chat-Node-Signature";
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "chatcore node-to-node commands".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    private final LongSupplier clock;

    @Autowired
    NodeRequestSignature(JwtKeyProvider jwtKey) {
        this(jwtKey.key().getEncoded(), System::currentTimeMillis);
    }

    /**
     * For tests and tools. The time is the machine's, not the application's clock: the signer and the checker
     * are two machines.
     */
    public NodeRequestSignature(byte[] sharedSecret, LongSupplier epochMillis) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(sharedSecret, ALGORITHM), PURPOSE), ALGORITHM);
        this.clock = epochMillis;
    }

    /** The header value for this body, signed now. */
    public String sign(byte[] body) {
        long now = clock.getAsLong();
        return now + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(now, body));
    }

    /** Whether the header was made by a node with our secret, for this very body, within {@link #MAX_AGE}. */
    public boolean verify(byte[] body, String header) {
        if (header == null) {
            return false;
        }
        int dot = header.indexOf('.');
        if (dot < 1) {
            return false;
        }
        try {
            long signedAt = Long.parseLong(header.substring(0, dot));
            if (Math.abs(clock.getAsLong() - signedAt) > MAX_AGE.toMillis()) {
                return false;
            }
            byte[] given = Base64.getUrlDecoder().decode(header.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(signedAt, body));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private byte[] mac(long signedAt, byte[] body) {
        byte[] time = (signedAt + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] signed = new byte[time.length + body.length];
        System.arraycopy(time, 0, signed, 0, time.length);
        System.arraycopy(body, 0, signed, time.length, body.length);
        return hmac(key, signed);
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
