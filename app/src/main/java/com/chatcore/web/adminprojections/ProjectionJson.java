package com.chatcore.web.adminprojections;

import com.chatcore.operations.ProjectionStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A projection (an Axon tracking processor) across its segments. */
@Schema(name = "Projection")
record ProjectionJson(
        @Schema(example = "livechat") String name,
        @Schema(example = "running", allowableValues = {"running", "replaying", "stopped", "error"}) String state,
        @JsonProperty("replay_progress") @Schema(nullable = true, example = "42.5",
                description = "percent, its slowest segment's; null when not replaying") Double replayProgress,
        @JsonProperty("lag_events") @Schema(example = "0", description = "its furthest-behind segment's")
        long lagEvents,
        @JsonProperty("lag_seconds") @Schema(example = "0.0", description = "its furthest-behind segment's")
        double lagSeconds,
        @Schema(description = "whether POST .../replay may rebuild it (it has reset handlers)") boolean replayable,
        @Schema(nullable = true, description = "the failure this node's processor reports") String error,
        List<SegmentJson> segments) {

    static ProjectionJson of(ProjectionStatus status) {
        return new ProjectionJson(status.name(), status.state(), status.replayProgress(), status.lagEvents(),
                status.lagSeconds(), status.replayable(), status.error(),
                status.segments().stream().map(SegmentJson::of).toList());
    }
}
