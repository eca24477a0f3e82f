package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An agent takes a waiting chat for themself, within their capacity. */
public record TakeChatCommand(@TargetAggregateIdentifier String chatRoomId, long agentId) {
}
