package com.chatcore.command.conversation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keeps {@code support_session_lookup}: one row per user with an open session. {@code ON CONFLICT DO NOTHING}
 * waits for a competing transaction and never aborts ours, so two sessions racing for one user end with one
 * holder, which the loser then reads.
 */
@Component
class JdbcSupportSessionRegistry implements SupportSessionRegistry {

    /** A holder that frees its row between our insert and our read makes us try again; twice is plenty. */
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;

    JdbcSupportSessionRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> claim(long userId, String sessionId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int inserted = jdbc.update("""
                    INSERT INTO support_session_lookup (user_id, session_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""", userId, sessionId);
            if (inserted == 1) {
                return Optional.empty();
            }
            Optional<String> holder = jdbc.queryForList(
                    "SELECT session_id FROM support_session_lookup WHERE user_id = ?", String.class, userId)
                    .stream().findFirst();
            if (holder.isPresent()) {
                return holder;
            }
        }
        throw new IllegalStateException("support session of user " + userId + " claimed and freed repeatedly");
    }

    @Override
    public void release(String sessionId) {
        jdbc.update("DELETE FROM support_session_lookup WHERE session_id = ?", sessionId);
    }
}
