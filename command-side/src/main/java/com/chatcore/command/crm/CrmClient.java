package com.chatcore.command.crm;

import com.chatcore.api.crm.CrmAggregateIds;
import com.chatcore.api.crm.CrmClientDeletedEvent;
import com.chatcore.api.crm.CrmClientRegisteredEvent;
import com.chatcore.api.crm.DeleteCrmClientCommand;
import com.chatcore.api.crm.LinkWhatsAppConversationCommand;
import com.chatcore.api.crm.RegisterCrmClientCommand;
import com.chatcore.api.crm.WhatsAppConversationLinkedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * Seed 004's client: the WhatsApp session it belongs to and the chat ids of its conversations, each held by
 * no other client ({@link WhatsAppChatRegistry}). Keeps its chat ids to recognise a repeated link and to free
 * them all when deleted.
 */
@Aggregate
public class CrmClient {

    @AggregateIdentifier
    private String id;
    private long clientId;
    private final Set<String> chatIds = new LinkedHashSet<>();

    protected CrmClient() {
    }

    @CommandHandler
    public CrmClient(RegisterCrmClientCommand command, CrmClientIds ids) {
        CrmClientRules.check().sessionId(command.sessionId()).name(command.name()).phone(command.phone()).orThrow();
        apply(new CrmClientRegisteredEvent(ids.next(), command.sessionId(), command.name(), command.phone()));
    }

    @CommandHandler
    public void handle(LinkWhatsAppConversationCommand command, WhatsAppChatRegistry registry) {
        CrmClientRules.check().chatId(command.chatId()).orThrow();
        if (chatIds.contains(command.chatId())) {
            return;
        }
        registry.claim(command.chatId(), clientId);
        apply(new WhatsAppConversationLinkedEvent(clientId, command.chatId()));
    }

    @CommandHandler
    public void handle(DeleteCrmClientCommand command, WhatsAppChatRegistry registry) {
        registry.releaseAll(clientId);
        apply(new CrmClientDeletedEvent(clientId, List.copyOf(chatIds)));
    }

    @EventSourcingHandler
    void on(CrmClientRegisteredEvent event) {
        id = CrmAggregateIds.client(event.clientId());
        clientId = event.clientId();
    }

    @EventSourcingHandler
    void on(WhatsAppConversationLinkedEvent event) {
        chatIds.add(event.chatId());
    }

    @EventSourcingHandler
    void on(CrmClientDeletedEvent event) {
        markDeleted();
    }
}
