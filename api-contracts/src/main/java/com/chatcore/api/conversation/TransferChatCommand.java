package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hands an active chat to another agent. {@code requestedByAgentId} is the agent asking (it must hold
 * the chat), or {@code null} for a superuser.
 */
public record TransferChatCommand(@TargetAggregateIdentifier String chatRoomId, long toAgentId,
        Long requestedByAgentId) {
}
