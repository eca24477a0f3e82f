package com.chatcore.web.audit;

import com.chatcore.api.audit.AuditEventView;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/** One stored event as an auditor reads it (and one line of the NDJSON stream). */
@Schema(name = "AuditEvent")
record AuditEventJson(
        @JsonProperty("aggregate_type") @Schema(example = "Conversation") String aggregateType,
        @JsonProperty("aggregate_id") @Schema(example = "0f5e7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") String aggregateId,
        @Schema(example = "0", description = "the event's place in its own stream, from 0") long sequence,
        @JsonProperty("global_index") @Schema(example = "1042", description = "its place in the whole store")
        long globalIndex,
        @Schema(example = "ChatTakenEvent") String type,
        @Schema(format = "date-time", example = "2026-11-30T09:00:00.123Z") String timestamp,
        AuditActorJson actor,
        @JsonProperty("correlation_id") @Schema(nullable = true, example = "3b2f0c5e-6a57-4a59-9c39-1df1e1b6f0f4")
        String correlationId,
        @JsonRawValue @Schema(implementation = Map.class, description = "the event's fields as stored, without"
                + " password hashes or guest key hashes") String payload) {

    static AuditEventJson of(AuditEventView event) {
        return new AuditEventJson(event.aggregateType(), event.aggregateId(), event.sequence(), event.globalIndex(),
                event.type(), event.timestamp().toString(), AuditActorJson.of(event.actor()), event.correlationId(),
                event.payload());
    }
}
