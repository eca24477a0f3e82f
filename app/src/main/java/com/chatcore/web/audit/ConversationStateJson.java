package com.chatcore.web.audit;

import com.chatcore.api.audit.ConversationStateView;
import com.chatcore.api.audit.StateMessageView;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A conversation rebuilt as of {@code at}; a field its kind does not have is null. */
@Schema(name = "AuditConversationState")
record ConversationStateJson(
        @Schema(example = "0f5e7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") String id,
        @Schema(example = "WEB_GUEST", description = "WEB_GUEST (seed 003), SUPPORT (seed 001), DIRECT (seed 002)"
                + " or CRM (seed 000)") String kind,
        @Schema(format = "date-time", description = "the instant asked for") String at,
        @Schema(example = "active", description = "waiting, active, resolved or closed; active or deleted (DIRECT);"
                + " open or deleted (CRM)") String status,
        @Schema(nullable = true, example = "medium", description = "high, medium or low (WEB_GUEST, SUPPORT)")
        String priority,
        @JsonProperty("assigned_agent") @Schema(nullable = true, example = "3",
                description = "the agent holding it (WEB_GUEST, SUPPORT)") Long assignedAgent,
        @Schema(nullable = true, description = "user ids (DIRECT)") List<Long> participants,
        @JsonProperty("message_count") @Schema(nullable = true, example = "4",
                description = "messages so far, the initial one included (WEB_GUEST, SUPPORT)") Long messageCount,
        @JsonProperty("last_message") @Schema(nullable = true) LastMessageJson lastMessage,
        @JsonProperty("raw_last_message") @JsonRawValue @Schema(nullable = true,
                description = "the client's last_message JSON as stored (DIRECT)") String rawLastMessage,
        @JsonProperty("session_id") @Schema(nullable = true, description = "sesion_id (CRM)") Long sessionId,
        @JsonProperty("contact_id") @Schema(nullable = true, description = "contact (CRM)") Long contactId,
        @JsonProperty("last_event_at") @Schema(format = "date-time",
                description = "timestamp of the latest event applied") String lastEventAt,
        @JsonProperty("events_applied") @Schema(example = "5") long eventsApplied) {

    static ConversationStateJson of(ConversationStateView state, Instant at) {
        return new ConversationStateJson(state.id(), state.kind(), at.toString(), state.status(), state.priority(),
                state.assignedAgentId(), state.participantIds(), state.messageCount(),
                LastMessageJson.of(state.lastMessage()), state.rawLastMessage(), state.crmSessionId(),
                state.crmContactId(), state.lastEventAt().toString(), state.eventsApplied());
    }

    /** The latest message: its id, who wrote it, what and when. */
    @Schema(name = "AuditStateMessage")
    record LastMessageJson(
            String id,
            @Schema(example = "AGENT", description = "USER, AGENT or SYSTEM") String sender,
            @JsonProperty("sender_id") @Schema(nullable = true, example = "3",
                    description = "the agent's id, or the customer's chat user id") Long senderId,
            String content,
            @Schema(format = "date-time") String timestamp) {

        static LastMessageJson of(StateMessageView message) {
            return message == null ? null : new LastMessageJson(message.id(), message.senderType(),
                    message.senderId(), message.content(), message.timestamp().toString());
        }
    }
}
