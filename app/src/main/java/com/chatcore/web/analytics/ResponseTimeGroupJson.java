package com.chatcore.web.analytics;

import com.chatcore.api.analytics.ResponseTimeGroupView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** One group's response times, in seconds. */
@Schema(name = "AnalyticsResponseTimeGroup")
record ResponseTimeGroupJson(
        @Schema(example = "2026-11-30", description = "a day (UTC), an agent id or a channel (WEB_GUEST, SUPPORT)")
        String group,
        @Schema(example = "12", description = "conversations started in the group (for an agent: assigned to it)")
        long conversations,
        @Schema(description = "created -> first taken or assigned") DurationStatsJson waiting,
        @JsonProperty("first_response") @Schema(description = "created -> first agent message")
        DurationStatsJson firstResponse,
        @Schema(description = "each customer message -> the next agent message") DurationStatsJson reply,
        @Schema(description = "created -> resolved") DurationStatsJson resolution) {

    static ResponseTimeGroupJson of(ResponseTimeGroupView group) {
        return new ResponseTimeGroupJson(group.group(), group.conversations(), DurationStatsJson.of(group.waiting()),
                DurationStatsJson.of(group.firstResponse()), DurationStatsJson.of(group.reply()),
                DurationStatsJson.of(group.resolution()));
    }
}
