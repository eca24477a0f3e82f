package com.chatcore.web.adminprojections;

import com.chatcore.operations.ProjectionsOverview;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** Every projection against the head of the event store. */
@Schema(name = "Projections")
record ProjectionsJson(
        @Schema(nullable = true, example = "1045", description = "the event store's head: max(global_index)")
        Long head,
        @JsonProperty("head_timestamp") @Schema(nullable = true, format = "date-time") String headTimestamp,
        @Schema(example = "4242@node-a", description = "the node that answered, as token_entry names owners")
        String node,
        List<ProjectionJson> projections) {

    static ProjectionsJson of(ProjectionsOverview overview) {
        return new ProjectionsJson(overview.headIndex(),
                overview.headTimestamp() == null ? null : overview.headTimestamp().toString(), overview.node(),
                overview.projections().stream().map(ProjectionJson::of).toList());
    }
}
