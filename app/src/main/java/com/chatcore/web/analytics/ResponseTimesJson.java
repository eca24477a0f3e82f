package com.chatcore.web.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Response times of the conversations started from {@code from} (inclusive) to {@code to} (exclusive). */
@Schema(name = "AnalyticsResponseTimes")
record ResponseTimesJson(@Schema(example = "2026-11-01T00:00:00Z") Instant from,
        @Schema(example = "2026-12-01T00:00:00Z") Instant to,
        @JsonProperty("group_by") @Schema(allowableValues = {"day", "agent", "channel"}, example = "day")
        String groupBy,
        List<ResponseTimeGroupJson> groups) {
}
