package com.chatcore.web.messages;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code POST /api/messages/mark_chat_read/}; {@code user_type} picks the side explicitly. */
record MarkChatReadRequest(
        @JsonProperty("chat_room_id") String chatRoomId,
        @JsonProperty("user_type") String userType) {

    static final String AGENT = "agent";
    static final String USER = "user";

    void validate() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (chatRoomId == null) {
            errors.put("chat_room_id", List.of(DrfMessages.REQUIRED));
        } else if (chatRoomId.isBlank()) {
            errors.put("chat_room_id", List.of(DrfMessages.BLANK));
        }
        if (userType != null && !AGENT.equals(userType) && !USER.equals(userType)) {
            errors.put("user_type", List.of(MessagesErrors.invalidChoice(userType)));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}
