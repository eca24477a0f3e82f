package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/** A message was added to a conversation; its time is the event's timestamp. */
@Revision("1")
public record MessageSentEvent(String chatRoomId, String messageId, SenderType senderType, Long agentId,
        String content, String messageType) {
}
