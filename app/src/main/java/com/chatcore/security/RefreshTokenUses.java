package com.chatcore.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The first use of each refresh token, in PostgreSQL. Of any number of concurrent first uses, on any
 * nodes, exactly one inserts the row (the primary key decides); every other use reads that row, so all
 * of them see the same time and the same ids of the pair to issue. A row is useless once its token has
 * expired, so expired rows are swept hourly.
 */
@Component
class RefreshTokenUses {

    /**
     * When a refresh token was first used, the ids of the access and refresh token that use issued, and
     * whether that first use is the caller's own.
     */
    record FirstUse(Instant at, String accessId, String refreshId, boolean isThisUse) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RefreshTokenUses(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records this use as the token's first unless one is recorded already; either way, the first. */
    FirstUse firstUse(Caller refreshToken, String family) {
        // Two statements on purpose: a conflicting INSERT waits for the winner to commit, and only a
        // statement started after that sees the winner's row (a single statement keeps its older snapshot).
        List<FirstUse> inserted = jdbc.query("""
                INSERT INTO refresh_token_use
                    (token_id, token_family, user_id, first_used_at, access_id, refresh_id, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (token_id) DO NOTHING
                RETURNING first_used_at, access_id, refresh_id""", row(true),
                refreshToken.tokenId(), family, refreshToken.userId(), Timestamp.from(clock.instant()),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                Timestamp.from(refreshToken.tokenExpiresAt()));
        if (!inserted.isEmpty()) {
            return inserted.get(0);
        }
        return jdbc.queryForObject(
                "SELECT first_used_at, access_id, refresh_id FROM refresh_token_use WHERE token_id = ?", row(false),
                refreshToken.tokenId());
    }

    private static RowMapper<FirstUse> row(boolean isThisUse) {
        return (rs, rowNum) -> new FirstUse(rs.getTimestamp("first_used_at").toInstant(), rs.getString("access_id"),
                rs.getString("refresh_id"), isThisUse);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void sweepExpired() {
        jdbc.update("DELETE FROM refresh_token_use WHERE expires_at < ?", Timestamp.from(clock.instant()));
    }
}
