package com.chatcore.api.crm;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Changes a CRM chat's session and/or contact; a null keeps the current value. */
public record ChangeCrmChatCommand(long chatId, Long sessionId, Long contactId) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return CrmAggregateIds.chat(chatId);
    }
}
