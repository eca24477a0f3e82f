package com.chatcore.api.crm;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a CRM chat: its history stays in the event store, its row leaves the read model. */
public record DeleteCrmChatCommand(long chatId) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return CrmAggregateIds.chat(chatId);
    }
}
