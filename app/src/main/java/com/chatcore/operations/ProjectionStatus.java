package com.chatcore.operations;

import java.util.List;

/**
 * A projection (a tracking processor: one or more processing groups) across all its segments. {@code state}
 * is {@code running}, {@code replaying}, {@code stopped} or {@code error}; {@code lagEvents} and
 * {@code lagSeconds} are those of its furthest-behind segment, {@code replayProgress} that of its slowest
 * replaying segment (null when not replaying), {@code error} the failure this node saw (null if none).
 */
public record ProjectionStatus(String name, String state, Double replayProgress, long lagEvents, double lagSeconds,
        boolean replayable, String error, List<SegmentStatus> segments) {
}
