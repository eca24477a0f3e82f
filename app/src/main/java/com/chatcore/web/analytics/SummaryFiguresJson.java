package com.chatcore.web.analytics;

import com.chatcore.api.analytics.SummaryFiguresView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** Seed 001's suggested metrics for one day (UTC); averages are null when there is nothing to average. */
@Schema(name = "AnalyticsDaySummary")
record SummaryFiguresJson(@Schema(example = "2026-11-30") LocalDate day,
        @Schema(example = "12") long sessions,
        @JsonProperty("messages_per_session") @Schema(nullable = true, example = "6.5") Double messagesPerSession,
        @JsonProperty("resolution_rate") @Schema(nullable = true, example = "0.75",
                description = "share of the sessions resolved, 0 to 1") Double resolutionRate,
        @JsonProperty("average_first_response_time") @Schema(nullable = true, example = "95.0",
                description = "seconds") Double averageFirstResponseTime,
        @JsonProperty("average_response_time") @Schema(nullable = true, example = "42.5",
                description = "seconds, customer message -> next agent message") Double averageResponseTime,
        @JsonProperty("average_satisfaction") @Schema(nullable = true, example = "4.2",
                description = "mean rating, 1 to 5") Double averageSatisfaction,
        @Schema(example = "5") long ratings) {

    static SummaryFiguresJson of(SummaryFiguresView figures) {
        return new SummaryFiguresJson(figures.day(), figures.sessions(), figures.messagesPerSession(),
                figures.resolutionRate(), figures.averageFirstResponseSeconds(), figures.averageReplySeconds(),
                figures.averageSatisfaction(), figures.ratings());
    }
}
