package com.chatcore.api.conversation;

import java.time.Instant;

/**
 * A message as the live-chat read model shows it. {@code read} means read by its recipient (the agent
 * for customer messages, the customer for agent messages). {@code position} orders a chat's messages.
 */
public record ChatMessageView(
        String id,
        String chatRoomId,
        long position,
        SenderType senderType,
        ChatRoomView.AgentRef agent,
        String content,
        String messageType,
        boolean read,
        Instant readAt,
        Instant createdAt) {
}
