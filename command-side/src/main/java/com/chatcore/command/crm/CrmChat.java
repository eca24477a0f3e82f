package com.chatcore.command.crm;

import com.chatcore.api.crm.ChangeCrmChatCommand;
import com.chatcore.api.crm.CrmAggregateIds;
import com.chatcore.api.crm.CrmChatChangedEvent;
import com.chatcore.api.crm.CrmChatDeletedEvent;
import com.chatcore.api.crm.CrmChatOpenedEvent;
import com.chatcore.api.crm.DeleteCrmChatCommand;
import com.chatcore.api.crm.OpenCrmChatCommand;
import com.chatcore.api.crm.OpenedCrmChat;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * Seed 000's CRM chat: which WhatsApp session and which contact a chat links. A deleted chat stays in the
 * event store; commands to it then fail as for an unknown id.
 */
@Aggregate
public class CrmChat {

    @AggregateIdentifier
    private String id;
    private long chatId;
    private long sessionId;
    private long contactId;

    protected CrmChat() {
    }

    /** A handler with a creation policy rather than a constructor, so that it can answer the new id and time. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public OpenedCrmChat handle(OpenCrmChatCommand command, CrmChatIds ids, Clock clock) {
        CrmChatRules.check(command.sessionId(), command.contactId());
        long newChatId = ids.next();
        // PostgreSQL keeps microseconds: the answer and the read model then show the same instant.
        Instant openedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        apply(new CrmChatOpenedEvent(newChatId, command.sessionId(), command.contactId(), openedAt));
        return new OpenedCrmChat(newChatId, openedAt);
    }

    @CommandHandler
    public void handle(ChangeCrmChatCommand command) {
        long newSessionId = Objects.requireNonNullElse(command.sessionId(), sessionId);
        long newContactId = Objects.requireNonNullElse(command.contactId(), contactId);
        CrmChatRules.check(newSessionId, newContactId);
        if (newSessionId != sessionId || newContactId != contactId) {
            apply(new CrmChatChangedEvent(chatId, newSessionId, newContactId));
        }
    }

    @CommandHandler
    public void handle(DeleteCrmChatCommand command) {
        apply(new CrmChatDeletedEvent(chatId));
    }

    @EventSourcingHandler
    void on(CrmChatOpenedEvent event) {
        id = CrmAggregateIds.chat(event.chatId());
        chatId = event.chatId();
        sessionId = event.sessionId();
        contactId = event.contactId();
    }

    @EventSourcingHandler
    void on(CrmChatChangedEvent event) {
        sessionId = event.sessionId();
        contactId = event.contactId();
    }

    @EventSourcingHandler
    void on(CrmChatDeletedEvent event) {
        markDeleted();
    }
}
