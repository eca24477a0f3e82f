package com.chatcore.web.messages;

import com.chatcore.web.livechat.MessageJson;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * {@code by_chat}: the chat's messages, oldest first, after marking the caller's unread ones read;
 * {@code chat_room_id} is the id the caller gave (the guest's key, or the room id).
 */
record ChatMessagesJson(
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") @JsonProperty("chat_room_id") String chatRoomId,
        List<MessageJson> messages,
        @Schema(example = "12") @JsonProperty("total_messages") int totalMessages,
        @Schema(example = "2") @JsonProperty("auto_marked_read") int autoMarkedRead,
        @Schema(allowableValues = {"waiting", "active", "resolved", "closed"}, example = "active")
        @JsonProperty("chat_status") String chatStatus) {
}
