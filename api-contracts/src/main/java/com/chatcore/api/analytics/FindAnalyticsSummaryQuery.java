package com.chatcore.api.analytics;

import java.time.Instant;

/**
 * The summary of the conversations that started from {@code from} (inclusive) to {@code to} (exclusive), per
 * day and in all. {@code agentId}: only the conversations that agent was assigned, and only its own response
 * times; {@code null}: everyone's. Answers {@link AnalyticsSummaryView}.
 */
public record FindAnalyticsSummaryQuery(Instant from, Instant to, Long agentId) {
}
