package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An agent or superuser sets the queue priority of a waiting chat. */
public record ChangeChatPriorityCommand(@TargetAggregateIdentifier String chatRoomId, Priority priority) {
}
