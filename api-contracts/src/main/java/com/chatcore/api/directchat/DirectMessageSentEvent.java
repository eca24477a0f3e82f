package com.chatcore.api.directchat;

import org.axonframework.serialization.Revision;

/** A participant sent a message to the chat; its time is the event's timestamp. */
@Revision("1")
public record DirectMessageSentEvent(String chatId, String messageId, long senderId, String content) {
}
