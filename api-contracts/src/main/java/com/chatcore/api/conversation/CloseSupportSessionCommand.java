package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The user who opened a support session closes it. Closing a closed session changes nothing; another
 * account's session, or a conversation of another channel, is refused with
 * {@link SupportSessionRuleViolation#NOT_OWNER}.
 */
public record CloseSupportSessionCommand(@TargetAggregateIdentifier String chatRoomId, long userId) {
}
