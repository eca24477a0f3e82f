package com.chatcore.security;

import com.chatcore.config.ChatProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Revoked token ids and revoked token families, kept in PostgreSQL so a logout holds after a restart and
 * on every node. A row is useless once every token it refuses has expired, so expired rows are swept
 * hourly.
 */
@Component
class TokenRevocations {

    /** Why a whole family was revoked, kept for whoever reads the table. */
    enum FamilyEnd {
        LOGOUT, REUSE
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** No token of a family outlives its revocation by more than this: the longest a family token lives. */
    private final Duration familyTokensOutlive;

    TokenRevocations(JdbcTemplate jdbc, Clock clock, ChatProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        ChatProperties.Jwt jwt = properties.jwt();
        this.familyTokensOutlive = Stream.of(jwt.accessLifetime(), jwt.refreshLifetime(), jwt.refreshAbsoluteLifetime())
                .max(Duration::compareTo).orElseThrow();
    }

    /** True when this call revoked the token, false when it already was. */
    boolean revoke(Caller caller) {
        return 1 == jdbc.update("""
                INSERT INTO revoked_token (token_id, user_id, expires_at, revoked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (token_id) DO NOTHING""",
                caller.tokenId(), caller.userId(), Timestamp.from(caller.tokenExpiresAt()),
                Timestamp.from(clock.instant()));
    }

    /** Refuses every token of the family from now on, refresh and access tokens alike. */
    void revokeFamily(String family, long userId, FamilyEnd reason) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO revoked_token_family (token_family, user_id, reason, revoked_at, expires_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (token_family) DO NOTHING""",
                family, userId, reason.name(), Timestamp.from(now), Timestamp.from(now.plus(familyTokensOutlive)));
    }

    /** Whether the token, or the family it descends from, was revoked. */
    boolean isRevoked(Caller caller) {
        return isRevoked(caller.tokenId(), caller.tokenFamily());
    }

    /** Whether the token, or the family (when not null), was revoked. */
    boolean isRevoked(String tokenId, String family) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM revoked_token WHERE token_id = ?)
                    OR EXISTS (SELECT 1 FROM revoked_token_family WHERE token_family = ?)""",
                Boolean.class, tokenId, family));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void sweepExpired() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("DELETE FROM revoked_token WHERE expires_at < ?", now);
        jdbc.update("DELETE FROM revoked_token_family WHERE expires_at < ?", now);
    }
}
