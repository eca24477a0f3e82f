package com.chatcore.api.crm;

import java.time.Instant;

/** What opening a CRM chat answers: its new id and when it was opened (its {@code created_at}). */
public record OpenedCrmChat(long chatId, Instant openedAt) {

    /** The chat as the command stored it, for an answer when the read model is late. */
    public CrmChatView asStored(OpenCrmChatCommand command) {
        return new CrmChatView(chatId, command.sessionId(), command.contactId(), openedAt);
    }
}
