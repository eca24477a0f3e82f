package com.chatcore.query.crm;

import com.chatcore.api.crm.CrmClientDeletedEvent;
import com.chatcore.api.crm.CrmClientRegisteredEvent;
import com.chatcore.api.crm.CrmClientView;
import com.chatcore.api.crm.FindCrmClientQuery;
import com.chatcore.api.crm.FindRemovedCrmClientQuery;
import com.chatcore.api.crm.FindWhatsAppConversationQuery;
import com.chatcore.api.crm.RemovedCrmClientView;
import com.chatcore.api.crm.WhatsAppConversationLinkedEvent;
import com.chatcore.api.crm.WhatsAppConversationView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The CRM clients read model (seed 004): clients, and WhatsApp conversations naming their client. A chat id
 * freed by one client's deletion may be linked by another, and the two clients' events may be applied in
 * either order (they are in different segments), so a conversation row keeps the link of the later event in
 * the store: the second client could only claim it after the first one's deletion was stored.
 */
@Component
@ProcessingGroup(CrmChatsProjection.GROUP)
class CrmClientsProjection {

    private final JdbcTemplate jdbc;
    private final QueryUpdateEmitter updates;

    CrmClientsProjection(JdbcTemplate jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(CrmClientRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO crm_clients (id, session_id, name, phone) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""", event.clientId(), event.sessionId(), event.name(), event.phone());
        handle(new FindCrmClientQuery(event.clientId())).ifPresent(view ->
                updates.emit(FindCrmClientQuery.class, q -> q.clientId() == view.id(), view));
    }

    @EventHandler
    void on(WhatsAppConversationLinkedEvent event, TrackingToken token) {
        long position = token.position().orElseThrow();
        jdbc.update("""
                INSERT INTO crm_conversations (chat_id, client_id, linked_by_event) VALUES (?, ?, ?)
                ON CONFLICT (chat_id) DO UPDATE SET client_id = excluded.client_id,
                    linked_by_event = excluded.linked_by_event
                WHERE crm_conversations.linked_by_event < excluded.linked_by_event""",
                event.chatId(), event.clientId(), position);
        handle(new FindWhatsAppConversationQuery(event.chatId())).ifPresent(view ->
                updates.emit(FindWhatsAppConversationQuery.class, q -> q.chatId().equals(view.chatId()), view));
    }

    /** The client's conversations stay: looking one up then answers that its client is gone. */
    @EventHandler
    void on(CrmClientDeletedEvent event) {
        jdbc.update("DELETE FROM crm_clients WHERE id = ?", event.clientId());
        updates.emit(FindRemovedCrmClientQuery.class, q -> q.clientId() == event.clientId(),
                new RemovedCrmClientView(event.clientId()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM crm_conversations");
        jdbc.update("DELETE FROM crm_clients");
    }

    @QueryHandler
    Optional<CrmClientView> handle(FindCrmClientQuery query) {
        return jdbc.query("SELECT id, session_id, name, phone FROM crm_clients WHERE id = ?",
                (row, n) -> new CrmClientView(row.getLong("id"), row.getString("session_id"), row.getString("name"),
                        row.getString("phone")), query.clientId()).stream().findFirst();
    }

    @QueryHandler
    Optional<RemovedCrmClientView> handle(FindRemovedCrmClientQuery query) {
        boolean present = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM crm_clients WHERE id = ?)", Boolean.class, query.clientId()));
        return present ? Optional.empty() : Optional.of(new RemovedCrmClientView(query.clientId()));
    }

    @QueryHandler
    Optional<WhatsAppConversationView> handle(FindWhatsAppConversationQuery query) {
        return jdbc.query("SELECT chat_id, client_id FROM crm_conversations WHERE chat_id = ?",
                (row, n) -> new WhatsAppConversationView(row.getString("chat_id"), row.getLong("client_id")),
                query.chatId()).stream().findFirst();
    }
}
