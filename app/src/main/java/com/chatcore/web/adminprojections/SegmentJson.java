package com.chatcore.web.adminprojections;

import com.chatcore.operations.SegmentStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** One segment of a projection, as the token store holds it. */
@Schema(name = "ProjectionSegment")
record SegmentJson(
        @Schema(example = "0") int segment,
        @Schema(nullable = true, example = "1042", description = "the last global_index it handled; null before"
                + " its first event") Long position,
        @JsonProperty("lag_events") @Schema(example = "3", description = "head minus position") long lagEvents,
        @JsonProperty("lag_seconds") @Schema(example = "0.12", description = "how long the oldest event past its"
                + " position has waited; 0 when caught up") double lagSeconds,
        boolean replaying,
        @JsonProperty("replay_progress") @Schema(nullable = true, example = "42.5",
                description = "percent of the way to where the reset found it; null when not replaying")
        Double replayProgress,
        @Schema(nullable = true, example = "4242@node-a", description = "the node holding its claim (token_entry"
                + " owner); null when unclaimed") String owner,
        @JsonProperty("this_node") @Schema(description = "whether the node that answered holds it") boolean thisNode) {

    static SegmentJson of(SegmentStatus segment) {
        return new SegmentJson(segment.segment(), segment.position(), segment.lagEvents(), segment.lagSeconds(),
                segment.replaying(), segment.replayProgress(), segment.owner(), segment.thisNode());
    }
}
