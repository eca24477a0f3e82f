package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a chat for good. {@code byAgentId}: the assigned agent, or {@code null} for a superuser. */
public record CloseChatCommand(@TargetAggregateIdentifier String chatRoomId, Long byAgentId) {
}
