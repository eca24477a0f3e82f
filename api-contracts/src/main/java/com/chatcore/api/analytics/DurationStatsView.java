package com.chatcore.api.analytics;

/**
 * {@code count} durations, in seconds: their mean, median and 90th percentile (linear interpolation between
 * the closest ranks, PostgreSQL's {@code percentile_cont}); all three {@code null} when {@code count} is 0.
 */
public record DurationStatsView(long count, Double mean, Double median, Double p90) {

    public static final DurationStatsView NONE = new DurationStatsView(0, null, null, null);
}
