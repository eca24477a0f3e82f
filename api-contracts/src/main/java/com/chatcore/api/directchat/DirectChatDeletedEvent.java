package com.chatcore.api.directchat;

import org.axonframework.serialization.Revision;

/** The chat was deleted; its history stays in the event store. */
@Revision("1")
public record DirectChatDeletedEvent(String chatId) {
}
