package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A superuser gives a waiting or active chat to an agent, within the agent's capacity. */
public record AssignAgentCommand(@TargetAggregateIdentifier String chatRoomId, long agentId) {
}
