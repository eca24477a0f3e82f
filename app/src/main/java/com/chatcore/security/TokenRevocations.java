package com.chatcore.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Revoked token ids, kept in PostgreSQL so a logout holds after a restart and on every node. A row
 * is useless once its token has expired, so expired rows are swept hourly.
 */
@Component
class TokenRevocations {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TokenRevocations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this call revoked the token, false when it already was. */
    boolean revoke(Caller caller) {
        return 1 == jdbc.update("""
                INSERT INTO revoked_token (token_id, user_id, expires_at, revoked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (token_id) DO NOTHING""",
                caller.tokenId(), caller.userId(), Timestamp.from(caller.tokenExpiresAt()),
                Timestamp.from(clock.instant()));
    }

    boolean isRevoked(String tokenId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM revoked_token WHERE token_id = ?)", Boolean.class, tokenId));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void sweepExpired() {
        jdbc.update("DELETE FROM revoked_token WHERE expires_at < ?", Timestamp.from(clock.instant()));
    }
}
