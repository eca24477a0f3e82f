package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

import java.util.List;

/** These messages, unread until now, were read by {@code reader}. */
@Revision("1")
public record MessagesReadEvent(String chatRoomId, Reader reader, List<String> messageIds) {
}
