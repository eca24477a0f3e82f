package com.chatcore.web.analytics;

import com.chatcore.api.analytics.DurationStatsView;
import io.swagger.v3.oas.annotations.media.Schema;

/** Durations in seconds; mean, median and p90 are null when there is none ({@code count} 0). */
@Schema(name = "AnalyticsDurationStats")
record DurationStatsJson(@Schema(example = "4") long count,
        @Schema(nullable = true, example = "42.5") Double mean,
        @Schema(nullable = true, example = "30.0") Double median,
        @Schema(nullable = true, example = "90.0") Double p90) {

    static DurationStatsJson of(DurationStatsView stats) {
        return new DurationStatsJson(stats.count(), stats.mean(), stats.median(), stats.p90());
    }
}
