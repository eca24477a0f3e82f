package com.chatcore.query.crm;

import com.chatcore.api.crm.CrmChatChangedEvent;
import com.chatcore.api.crm.CrmChatDeletedEvent;
import com.chatcore.api.crm.CrmChatOpenedEvent;
import com.chatcore.api.crm.CrmChatView;
import com.chatcore.api.crm.FindCrmChatQuery;
import com.chatcore.api.crm.FindCrmChatsQuery;
import com.chatcore.api.crm.FindRemovedCrmChatQuery;
import com.chatcore.api.crm.RemovedCrmChatView;
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
import java.util.List;
import java.util.Optional;

/**
 * The CRM chats read model (seed 000): one row per chat not deleted. Every row belongs to one aggregate.
 * Idempotent: an insert ignores a row already there, an update sets values, a delete removes what is there.
 */
@Component
@ProcessingGroup(CrmChatsProjection.GROUP)
class CrmChatsProjection {

    /** Both CRM read models ("CRM chat tables") share one processor: one event stream read fewer. */
    static final String GROUP = "crm";
    private static final String SELECT = "SELECT id, session_id, contact_id, created_at FROM crm_chats ";

    private final JdbcTemplate jdbc;
    private final QueryUpdateEmitter updates;

    CrmChatsProjection(JdbcTemplate jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(CrmChatOpenedEvent event) {
        jdbc.update("""
                INSERT INTO crm_chats (id, session_id, contact_id, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""",
                event.chatId(), event.sessionId(), event.contactId(), Timestamp.from(event.openedAt()));
        announce(event.chatId());
    }

    @EventHandler
    void on(CrmChatChangedEvent event) {
        jdbc.update("UPDATE crm_chats SET session_id = ?, contact_id = ? WHERE id = ?", event.sessionId(),
                event.contactId(), event.chatId());
        announce(event.chatId());
    }

    @EventHandler
    void on(CrmChatDeletedEvent event) {
        jdbc.update("DELETE FROM crm_chats WHERE id = ?", event.chatId());
        updates.emit(FindRemovedCrmChatQuery.class, q -> q.chatId() == event.chatId(),
                new RemovedCrmChatView(event.chatId()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM crm_chats");
    }

    @QueryHandler
    List<CrmChatView> handle(FindCrmChatsQuery query) {
        return jdbc.query(SELECT + "ORDER BY id LIMIT ?", CrmChatsProjection::toView, query.limit());
    }

    @QueryHandler
    Optional<CrmChatView> handle(FindCrmChatQuery query) {
        return jdbc.query(SELECT + "WHERE id = ?", CrmChatsProjection::toView, query.chatId()).stream().findFirst();
    }

    @QueryHandler
    Optional<RemovedCrmChatView> handle(FindRemovedCrmChatQuery query) {
        boolean present = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM crm_chats WHERE id = ?)", Boolean.class, query.chatId()));
        return present ? Optional.empty() : Optional.of(new RemovedCrmChatView(query.chatId()));
    }

    private void announce(long chatId) {
        handle(new FindCrmChatQuery(chatId)).ifPresent(view ->
                updates.emit(FindCrmChatQuery.class, q -> q.chatId() == view.id(), view));
    }

    private static CrmChatView toView(ResultSet row, int index) throws SQLException {
        return new CrmChatView(row.getLong("id"), row.getLong("session_id"), row.getLong("contact_id"),
                row.getTimestamp("created_at").toInstant());
    }
}
