package com.chatcore.api.crm;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A CRM chat was opened between a WhatsApp session and a contact. */
@Revision("1")
public record CrmChatOpenedEvent(long chatId, long sessionId, long contactId, Instant openedAt) {
}
