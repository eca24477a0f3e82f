package com.chatcore.web.messages;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code mark_chat_read}: how many of the other side's messages turned read, for which chat (the id the
 * caller gave: the guest's key or the room id) and which side.
 */
record ChatMarkedJson(boolean success,
        @Schema(example = "2 mensajes marcados como leídos") String message,
        @Schema(example = "2") @JsonProperty("updated_count") int updatedCount,
        @Schema(example = "5f0c7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") @JsonProperty("chat_room_id") String chatRoomId,
        @Schema(allowableValues = {MarkChatReadRequest.AGENT, MarkChatReadRequest.USER})
        @JsonProperty("user_type") String userType) {

    static ChatMarkedJson of(int updated, String chatRoomId, String userType) {
        return new ChatMarkedJson(true, message(updated), updated, chatRoomId, userType);
    }

    static String message(int updated) {
        return updated + " mensajes marcados como leídos";
    }
}
