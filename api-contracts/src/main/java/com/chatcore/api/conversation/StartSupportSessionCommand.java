package com.chatcore.api.conversation;

/**
 * Opens a signed-in user's support session (seed 001): a {@link Channel#SUPPORT} conversation that enters the
 * waiting queue with no message yet. Refused with {@link SupportSessionRuleViolation#SESSION_OPEN} while the
 * user has another session that is not resolved or closed.
 */
public record StartSupportSessionCommand(String sessionId, ChatUser user) {
}
