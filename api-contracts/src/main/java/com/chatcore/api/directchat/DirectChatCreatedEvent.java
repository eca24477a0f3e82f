package com.chatcore.api.directchat;

import org.axonframework.serialization.Revision;

import java.util.List;

/** A chat was opened between these users (distinct, in the order the client named them). */
@Revision("1")
public record DirectChatCreatedEvent(String chatId, List<Long> participantIds, LastMessage lastMessage) {
}
