package com.chatcore.web.crmchats;

import com.chatcore.api.crm.CrmChatView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Seed 000's {@code ChatResponse}: integer ids, the seed's spelling {@code sesion_id}. */
record CrmChatJson(
        @Schema(example = "1") long id,
        @Schema(example = "123") @JsonProperty("sesion_id") long sesionId,
        @Schema(example = "456") @JsonProperty("contact_id") long contactId,
        @Schema(example = "2024-01-01T00:00:00Z") @JsonProperty("created_at") Instant createdAt) {

    static CrmChatJson of(CrmChatView chat) {
        return new CrmChatJson(chat.id(), chat.sessionId(), chat.contactId(), chat.createdAt());
    }
}
