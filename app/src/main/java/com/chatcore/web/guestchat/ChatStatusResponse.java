package com.chatcore.web.guestchat;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * Seed 003's {@code get_chat_status} answer plus {@code message_history}, from which the public seed-003
 * client redraws the guest's chat after a reload.
 */
record ChatStatusResponse(
        @JsonProperty("chat_room_id") String chatRoomId,
        String status,
        @JsonProperty("agent_assigned") boolean agentAssigned,
        @JsonProperty("agent_name") String agentName,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("unread_messages") int unreadMessages,
        @JsonProperty("message_history") List<GuestMessageJson> messageHistory) {
}
