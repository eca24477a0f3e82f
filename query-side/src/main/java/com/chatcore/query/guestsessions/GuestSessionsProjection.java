package com.chatcore.query.guestsessions;

import com.chatcore.api.guest.FindGuestSessionByKeyQuery;
import com.chatcore.api.guest.FindGuestSessionQuery;
import com.chatcore.api.guest.GuestKeyHash;
import com.chatcore.api.guest.GuestSessionCompletedEvent;
import com.chatcore.api.guest.GuestSessionStartedEvent;
import com.chatcore.api.guest.GuestSessionView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/**
 * Seed 003's pre-chat sessions, for {@code validate_session}, and the hash of each completed session's
 * guest key, which is how guest routes find the guest's room.
 */
@Component
@ProcessingGroup("guestsessions")
class GuestSessionsProjection {

    private final JdbcTemplate jdbc;
    private final QueryUpdateEmitter updates;

    GuestSessionsProjection(JdbcTemplate jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(GuestSessionStartedEvent event) {
        jdbc.update("""
                INSERT INTO guest_sessions (session_id, has_message, created_at, expires_at)
                VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO NOTHING""",
                event.sessionId(), event.initialMessage() != null && !event.initialMessage().isBlank(),
                Timestamp.from(event.startedAt()), Timestamp.from(event.expiresAt()));
        announce(event.sessionId());
    }

    @EventHandler
    void on(GuestSessionCompletedEvent event) {
        // Events without a hash (older ones, or a deployment keeping one shared id): the room id is the key.
        String keyHash = event.guestKeyHash() != null ? event.guestKeyHash() : GuestKeyHash.of(event.chatRoomId());
        jdbc.update("""
                UPDATE guest_sessions SET completed = TRUE, chat_room_id = ?, guest_key_hash = ?
                WHERE session_id = ?""", event.chatRoomId(), keyHash, event.sessionId());
        announce(event.sessionId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM guest_sessions");
    }

    @QueryHandler
    Optional<GuestSessionView> handle(FindGuestSessionQuery query) {
        return jdbc.query("SELECT * FROM guest_sessions WHERE session_id = ?", GuestSessionsProjection::view,
                query.sessionId()).stream().findFirst();
    }

    @QueryHandler
    Optional<GuestSessionView> handle(FindGuestSessionByKeyQuery query) {
        return jdbc.query("SELECT * FROM guest_sessions WHERE guest_key_hash = ?", GuestSessionsProjection::view,
                query.guestKeyHash()).stream().findFirst();
    }

    private void announce(String sessionId) {
        handle(new FindGuestSessionQuery(sessionId)).ifPresent(view ->
                updates.emit(FindGuestSessionQuery.class, q -> q.sessionId().equals(sessionId), view));
    }

    private static GuestSessionView view(ResultSet row, int index) throws SQLException {
        return new GuestSessionView(row.getString("session_id"), row.getBoolean("has_message"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("expires_at").toInstant(),
                row.getBoolean("completed"), row.getString("chat_room_id"));
    }
}
