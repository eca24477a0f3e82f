package com.chatcore.api.conversation;

import org.axonframework.serialization.Revision;

/**
 * A conversation entered the waiting queue. The customer's first message, when there is one, is the
 * conversation's first message, with id {@code initialMessageId} ({@code null} when there is none).
 */
@Revision("1")
public record ChatStartedEvent(String chatRoomId, Channel channel, ChatUser chatUser, String initialMessageId,
        String initialMessage, Priority priority) {
}
