package com.chatcore.api.crm;

/** No CRM chat with this id is in the read model (any more). */
public record RemovedCrmChatView(long id) {
}
