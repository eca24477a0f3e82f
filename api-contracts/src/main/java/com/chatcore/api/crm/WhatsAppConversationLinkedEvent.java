package com.chatcore.api.crm;

import org.axonframework.serialization.Revision;

/** The WhatsApp conversation {@code chatId} is now this client's. */
@Revision("1")
public record WhatsAppConversationLinkedEvent(long clientId, String chatId) {
}
