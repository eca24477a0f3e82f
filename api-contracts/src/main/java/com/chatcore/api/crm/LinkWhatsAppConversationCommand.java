package com.chatcore.api.crm;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that the WhatsApp conversation {@code chatId} (e.g. {@code 123456789@c.us}) is this client's.
 * A chat id belongs to at most one client; linking it again to the same client changes nothing.
 */
public record LinkWhatsAppConversationCommand(long clientId, String chatId) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return CrmAggregateIds.client(clientId);
    }
}
