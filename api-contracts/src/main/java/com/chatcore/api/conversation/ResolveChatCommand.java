package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks an active chat resolved. {@code byAgentId}: the assigned agent, or {@code null} for a superuser. */
public record ResolveChatCommand(@TargetAggregateIdentifier String chatRoomId, Long byAgentId) {
}
