package com.chatcore.api.crm;

import org.axonframework.serialization.Revision;

/** A CRM chat was deleted; no later command finds it. */
@Revision("1")
public record CrmChatDeletedEvent(long chatId) {
}
