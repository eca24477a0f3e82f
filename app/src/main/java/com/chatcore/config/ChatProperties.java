package com.chatcore.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of our own, under {@code chat.*}. Each has a safe default for the embedded mode; the
 * README lists the environment variables that set them.
 */
@ConfigurationProperties("chat")
public record ChatProperties(Path dataDir, Jwt jwt, BootstrapSuperuser bootstrapSuperuser, Http http,
        Duration readYourWritesTimeout, Events events, GuestKeys guestKeys, Login login,
        Duration idempotencyAbandonedAfter) {

    public ChatProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        jwt = jwt == null ? new Jwt(null, null, null, null, null, null, null) : jwt;
        bootstrapSuperuser = bootstrapSuperuser == null ? new BootstrapSuperuser(null, null, null) : bootstrapSuperuser;
        http = http == null ? new Http(null) : http;
        readYourWritesTimeout = readYourWritesTimeout == null ? Duration.ofSeconds(5) : readYourWritesTimeout;
        events = events == null ? new Events(null) : events;
        guestKeys = guestKeys == null ? new GuestKeys(false) : guestKeys;
        login = login == null ? new Login(null, null, null) : login;
        // Longer than any request runs (the read-your-writes wait is the longest part of one).
        idempotencyAbandonedAfter = idempotencyAbandonedAfter == null
                ? readYourWritesTimeout.plusSeconds(10) : idempotencyAbandonedAfter;
    }

    /**
     * {@code shared}: the guest's key is the room's id, as before issue 8, for deployments whose clients
     * need that; then every agent who sees the room id can act as its guest. Off by default: the guest
     * gets a key of its own that agents never see.
     */
    public record GuestKeys(boolean shared) {
    }

    /**
     * Failed logins ({@code /api/auth/login/}, {@code /api/token/}) allowed per username and per client
     * address within each {@code failureWindow}; beyond, 429 until the window ends.
     */
    public record Login(Integer maxFailuresPerUsername, Integer maxFailuresPerAddress, Duration failureWindow) {
        public Login {
            maxFailuresPerUsername = atLeastOne("max-failures-per-username", maxFailuresPerUsername, 10);
            maxFailuresPerAddress = atLeastOne("max-failures-per-address", maxFailuresPerAddress, 50);
            failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
            if (failureWindow.isNegative() || failureWindow.isZero()) {
                throw new IllegalArgumentException("chat.login.failure-window must be positive, was " + failureWindow);
            }
        }

        private static int atLeastOne(String name, Integer value, int fallback) {
            if (value == null) {
                return fallback;
            }
            if (value < 1) {
                throw new IllegalArgumentException("chat.login." + name + " must be at least 1, was " + value);
            }
            return value;
        }
    }

    /**
     * {@code pollInterval}: how often an idle node looks for events appended by other nodes (its own
     * appends wake its readers at once). It bounds the cross-node delay of projections and push frames.
     */
    public record Events(Duration pollInterval) {
        public Events {
            pollInterval = pollInterval == null ? Duration.ofMillis(100) : pollInterval;
        }
    }

    /**
     * {@code secret}: at least 32 bytes; blank means "generate one and keep it in the data dir".
     * {@code lifetime}: tokens of /api/auth/login; the access/refresh pair is /api/token's (SimpleJWT-style).
     * {@code refreshGrace}: how long after its first use a refresh token still answers the same new pair
     * (clients that refresh in parallel); zero means strict one-time use. {@code refreshAbsoluteLifetime}:
     * no token of a login's refresh chain outlives this, counted from the login.
     */
    public record Jwt(String secret, Duration lifetime, String issuer, Duration accessLifetime,
            Duration refreshLifetime, Duration refreshGrace, Duration refreshAbsoluteLifetime) {
        public Jwt {
            lifetime = lifetime == null ? Duration.ofHours(8) : lifetime;
            accessLifetime = accessLifetime == null ? Duration.ofMinutes(5) : accessLifetime;
            refreshLifetime = refreshLifetime == null ? Duration.ofDays(1) : refreshLifetime;
            refreshGrace = refreshGrace == null ? Duration.ofSeconds(30) : refreshGrace;
            refreshAbsoluteLifetime = refreshAbsoluteLifetime == null ? Duration.ofDays(7) : refreshAbsoluteLifetime;
            issuer = issuer == null || issuer.isBlank() ? "chatcore" : issuer;
            if (refreshGrace.isNegative()) {
                throw new IllegalArgumentException("chat.jwt.refresh-grace must not be negative, was " + refreshGrace);
            }
            if (refreshAbsoluteLifetime.isNegative() || refreshAbsoluteLifetime.isZero()) {
                throw new IllegalArgumentException("chat.jwt.refresh-absolute-lifetime must be positive, was "
                        + refreshAbsoluteLifetime);
            }
        }
    }

    public record BootstrapSuperuser(String username, String password, String email) {
        public boolean requested() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }

        public String emailOrDefault() {
            return email == null || email.isBlank() ? username + "@chatcore.local" : email;
        }
    }

    public record Http(DataSize maxBodySize) {
        public Http {
            maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        }
    }
}
