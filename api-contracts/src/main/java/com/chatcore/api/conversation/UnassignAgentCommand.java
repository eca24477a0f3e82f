package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An active chat returns to the waiting queue. {@code byAgentId}: the agent who holds it, giving it up, or
 * {@code null} for a superuser taking it away from its agent.
 */
public record UnassignAgentCommand(@TargetAggregateIdentifier String chatRoomId, Long byAgentId) {
}
