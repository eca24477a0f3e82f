package com.chatcore.api.audit;

import java.time.Instant;

/**
 * A conversation of any kind (seed 003 room or seed 001 session, seed 002 chat, seed 000 CRM chat) as it
 * stood at {@code at}: its events with a timestamp up to {@code at} (inclusive) replayed from the event
 * store. Answers {@code Optional<ConversationStateView>}, empty when it has no event that early (or none).
 */
public record FindConversationStateQuery(String id, Instant at) {
}
