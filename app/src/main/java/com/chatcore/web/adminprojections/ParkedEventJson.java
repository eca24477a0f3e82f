package com.chatcore.web.adminprojections;

import com.chatcore.operations.ParkedEvent;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** One parked event: what it was, where from, why it failed, when it was parked and last tried. */
@Schema(name = "DeadLetter")
record ParkedEventJson(
        @Schema(example = "5d2c8f0e-3f36-4a2b-9a1e-0c6f3c1f9b7a", description = "the letter's id, for DELETE")
        String id,
        @JsonProperty("event_type") @Schema(example = "UserRegisteredEvent") String eventType,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("aggregate_type") @Schema(nullable = true, example = "User") String aggregateType,
        @JsonProperty("aggregate_id") @Schema(nullable = true, example = "user-7") String aggregateId,
        @Schema(nullable = true, example = "0", description = "the event's sequence in its stream") Long sequence,
        @JsonProperty("error_type") @Schema(nullable = true) String errorType,
        @Schema(nullable = true, description = "the failure of its latest attempt") String error,
        @JsonProperty("first_attempt") @Schema(format = "date-time") String firstAttempt,
        @JsonProperty("last_attempt") @Schema(format = "date-time") String lastAttempt) {

    static ParkedEventJson of(ParkedEvent event) {
        return new ParkedEventJson(event.id(), event.eventType(), event.eventId(), event.aggregateType(),
                event.aggregateId(), event.sequence(), event.causeType(), event.causeMessage(),
                event.firstAttempt().toString(), event.lastAttempt().toString());
    }
}
