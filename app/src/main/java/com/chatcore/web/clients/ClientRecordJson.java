package com.chatcore.web.clients;

import com.chatcore.api.crm.CrmClientView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Seed 004's {@code record}: the client's id and session id, nothing else ("only ... for security"). Both are
 * strings, as the seed shows them; the id is the decimal form of an integer.
 */
record ClientRecordJson(
        @Schema(example = "17") String id,
        @Schema(example = "xyz789") @JsonProperty("session_id") String sessionId) {

    static ClientRecordJson of(CrmClientView client) {
        return new ClientRecordJson(Long.toString(client.id()), client.sessionId());
    }
}
