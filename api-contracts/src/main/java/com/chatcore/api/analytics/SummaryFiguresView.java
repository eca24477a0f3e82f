package com.chatcore.api.analytics;

import java.time.LocalDate;

/**
 * Seed 001's suggested metrics for one day (UTC) or, with {@code day} null, a whole window: conversations
 * started ({@code sessions}), messages per session (the customer's and the agents'), the share resolved (0..1),
 * the mean first-response and reply times in seconds, the mean rating (1..5) and how many were rated.
 * Averages are {@code null} when there is nothing to average.
 */
public record SummaryFiguresView(LocalDate day, long sessions, Double messagesPerSession, Double resolutionRate,
        Double averageFirstResponseSeconds, Double averageReplySeconds, Double averageSatisfaction, long ratings) {
}
