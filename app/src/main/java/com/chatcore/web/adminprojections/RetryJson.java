package com.chatcore.web.adminprojections;

import com.chatcore.operations.RetryOutcome;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** What a retry did: sequences tried, applied and gone from the queue, events still parked. */
@Schema(name = "DeadLetterRetry")
record RetryJson(@Schema(example = "users") String group, @Schema(example = "1") int tried,
        @Schema(example = "1") int succeeded, @JsonProperty("still_parked") @Schema(example = "0") long stillParked) {

    static RetryJson of(RetryOutcome outcome) {
        return new RetryJson(outcome.group(), outcome.tried(), outcome.succeeded(), outcome.stillParked());
    }
}
