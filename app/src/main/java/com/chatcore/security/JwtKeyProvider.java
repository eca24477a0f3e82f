package com.chatcore.security;

import com.chatcore.config.ChatProperties;
import io.jsonwebtoken.security.Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The HS256 signing key: {@code CHAT_JWT_SECRET} (at least 32 bytes), or else a random key generated
 * once and kept in {@code <data-dir>/jwt-secret}, so tokens survive restarts in the embedded mode.
 * Several nodes must share CHAT_JWT_SECRET.
 */
@Component
class JwtKeyProvider {

    private static final Logger log = LoggerFactory.getLogger(JwtKeyProvider.class);
    static final int MIN_SECRET_BYTES = 32;

    private final SecretKey key;

    JwtKeyProvider(ChatProperties properties) {
        this.key = Keys.hmacShaKeyFor(secretBytes(properties));
    }

    SecretKey key() {
        return key;
    }

    private static byte[] secretBytes(ChatProperties properties) {
        String configured = properties.jwt().secret();
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_SECRET_BYTES) {
                throw new IllegalStateException("CHAT_JWT_SECRET must be at least " + MIN_SECRET_BYTES
                        + " bytes (256 bits); it has " + bytes.length + ".");
            }
            return bytes;
        }
        return generatedSecret(properties.dataDir().resolve("jwt-secret"));
    }

    private static byte[] generatedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] secret = new byte[64];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            restrictToOwner(file);
            log.warn("CHAT_JWT_SECRET is not set: generated a signing key in {}. Set CHAT_JWT_SECRET when "
                    + "running more than one node.", file.toAbsolutePath());
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT key file " + file, e);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.debug("Could not restrict permissions of {}", file, e);
        }
    }
}
