package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The customer rates a resolved or closed conversation (CSAT), once, from 1 to 5, with an optional comment.
 * {@code userId} is the account rating its own support session (seed 001); {@code null} for a seed 003 guest,
 * who is known by the key its route was given.
 */
public record RateConversationCommand(@TargetAggregateIdentifier String chatRoomId, int rating, String comment,
        Long userId) {
}
