package com.chatcore.api.analytics;

import java.time.Instant;

/**
 * Response-time figures of the conversations that started from {@code from} (inclusive) to {@code to}
 * (exclusive), grouped by {@code groupBy}. {@code agentId}: only that agent's figures (its replies, its first
 * responses, its resolutions, the conversations it was assigned); {@code null}: everyone's. Answers
 * {@link ResponseTimesView}.
 */
public record FindResponseTimesQuery(Instant from, Instant to, ResponseTimeGrouping groupBy, Long agentId) {
}
