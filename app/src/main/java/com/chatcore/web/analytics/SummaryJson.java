package com.chatcore.web.analytics;

import com.chatcore.api.analytics.AnalyticsSummaryView;
import com.chatcore.api.analytics.SummaryFiguresView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The summary of the conversations started from {@code from} (inclusive) to {@code to} (exclusive), and per day. */
@Schema(name = "AnalyticsSummary")
record SummaryJson(@Schema(example = "2026-11-01T00:00:00Z") Instant from,
        @Schema(example = "2026-12-01T00:00:00Z") Instant to,
        @Schema(example = "120") long sessions,
        @JsonProperty("sessions_per_day") @Schema(example = "4.0",
                description = "sessions divided by the days of the window") double sessionsPerDay,
        @JsonProperty("messages_per_session") @Schema(nullable = true, example = "6.5") Double messagesPerSession,
        @JsonProperty("resolution_rate") @Schema(nullable = true, example = "0.75") Double resolutionRate,
        @JsonProperty("average_first_response_time") @Schema(nullable = true, example = "95.0")
        Double averageFirstResponseTime,
        @JsonProperty("average_response_time") @Schema(nullable = true, example = "42.5") Double averageResponseTime,
        @JsonProperty("average_satisfaction") @Schema(nullable = true, example = "4.2") Double averageSatisfaction,
        @Schema(example = "40") long ratings,
        @Schema(description = "the days with sessions, oldest first") List<SummaryFiguresJson> days) {

    static SummaryJson of(AnalyticsWindow window, AnalyticsSummaryView summary) {
        SummaryFiguresView total = summary.total();
        return new SummaryJson(window.from(), window.to(), total.sessions(), total.sessions() / window.days(),
                total.messagesPerSession(), total.resolutionRate(), total.averageFirstResponseSeconds(),
                total.averageReplySeconds(), total.averageSatisfaction(), total.ratings(),
                summary.days().stream().map(SummaryFiguresJson::of).toList());
    }
}
