package com.chatcore.api.audit;

import java.time.Instant;

/**
 * A conversation's latest message in a rebuilt state: who wrote it ({@code senderType} USER, AGENT or
 * SYSTEM; {@code senderId} the agent's id, the customer's chat user id, or null for the system).
 */
public record StateMessageView(String id, String senderType, Long senderId, String content, Instant timestamp) {
}
