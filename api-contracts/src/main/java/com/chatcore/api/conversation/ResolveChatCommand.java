package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Marks a waiting or active chat resolved. {@code byAgentId}: the acting agent (any agent while the chat
 * waits, its holder once it is active), or {@code null} for a superuser.
 */
public record ResolveChatCommand(@TargetAggregateIdentifier String chatRoomId, Long byAgentId) {
}
