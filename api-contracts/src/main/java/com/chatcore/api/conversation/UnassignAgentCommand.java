package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A superuser takes an active chat away from its agent; it returns to the waiting queue. */
public record UnassignAgentCommand(@TargetAggregateIdentifier String chatRoomId) {
}
