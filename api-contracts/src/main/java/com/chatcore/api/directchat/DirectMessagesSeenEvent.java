package com.chatcore.api.directchat;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A participant saw these messages of the chat (as the client named them). */
@Revision("1")
public record DirectMessagesSeenEvent(String chatId, long readerId, List<String> messageIds) {
}
