package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Closes a chat for good. {@code byAgentId}: the acting agent (any agent while nobody holds the chat, its
 * holder otherwise), or {@code null} for a superuser.
 */
public record CloseChatCommand(@TargetAggregateIdentifier String chatRoomId, Long byAgentId) {
}
