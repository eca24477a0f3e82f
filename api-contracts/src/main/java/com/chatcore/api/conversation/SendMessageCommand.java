package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a message. {@code agentId} is the sending agent for {@code AGENT} messages (it must be the
 * assigned agent) and {@code null} otherwise.
 */
public record SendMessageCommand(
        @TargetAggregateIdentifier String chatRoomId,
        String messageId,
        SenderType senderType,
        Long agentId,
        String content,
        String messageType) {
}
