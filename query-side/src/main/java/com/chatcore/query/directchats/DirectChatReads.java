package com.chatcore.query.directchats;

import com.chatcore.api.directchat.DirectChatView;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads direct chats with their participants, each joined with the users read model (the "populated"
 * participants of seed 002): a page costs two queries, whatever its size.
 */
@Component
class DirectChatReads {

    private final JdbcTemplate jdbc;

    DirectChatReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<DirectChatView> chat(String chatId) {
        return chats("WHERE c.id = ?", chatId).stream().findFirst();
    }

    long count(String where, Object... args) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM direct_chats c " + where, Long.class, args);
        return total == null ? 0 : total;
    }

    /** The chats {@code where} selects (and orders and limits), in that order. */
    List<DirectChatView> chats(String where, Object... args) {
        List<ChatRow> rows = jdbc.query("SELECT c.* FROM direct_chats c " + where, DirectChatReads::toRow, args);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<UserView>> participants = participants(rows.stream().map(ChatRow::id).toArray(String[]::new));
        return rows.stream().map(row -> row.view(participants.getOrDefault(row.id(), List.of()))).toList();
    }

    private Map<String, List<UserView>> participants(String[] chatIds) {
        Map<String, List<UserView>> byChat = new HashMap<>();
        jdbc.query("""
                SELECT p.chat_id, p.user_id, u.username, u.email, u.first_name, u.last_name, u.role, u.active,
                    u.token_generation
                FROM direct_chat_participants p LEFT JOIN users u ON u.id = p.user_id
                WHERE p.chat_id = ANY (?) ORDER BY p.chat_id, p.position""", row -> {
            byChat.computeIfAbsent(row.getString("chat_id"), id -> new ArrayList<>()).add(toUser(row));
        }, (Object) chatIds);
        return byChat;
    }

    private static UserView toUser(ResultSet row) throws SQLException {
        long id = row.getLong("user_id");
        String role = row.getString("role");
        if (role == null) {
            return new UserView(id, null, null, null, null, null, false, 0);
        }
        return new UserView(id, row.getString("username"), row.getString("email"), row.getString("first_name"),
                row.getString("last_name"), Role.valueOf(role), row.getBoolean("active"),
                row.getLong("token_generation"));
    }

    private static ChatRow toRow(ResultSet row, int index) throws SQLException {
        return new ChatRow(row.getString("id"), row.getString("last_message"),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
                row.getLong("version"), row.getBoolean("deleted"));
    }

    private record ChatRow(String id, String lastMessage, Instant createdAt, Instant updatedAt,
            long version, boolean deleted) {

        DirectChatView view(List<UserView> participants) {
            return new DirectChatView(id, participants, new LastMessage(lastMessage), createdAt, updatedAt, version,
                    deleted);
        }
    }
}
