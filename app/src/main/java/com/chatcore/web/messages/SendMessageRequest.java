package com.chatcore.web.messages;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/messages/}. Checked as DRF would: every field at once, the content trimmed before
 * its length is counted (in characters, not UTF-16 units). Only text messages exist.
 */
record SendMessageRequest(
        @JsonProperty("chat_room_id") String chatRoomId,
        String content,
        @JsonProperty("message_type") String messageType,
        Object attachment) {

    static final String TEXT = "text";
    static final String NO_ATTACHMENTS = "Los adjuntos no están soportados.";

    /** The content as stored. */
    String text() {
        return content.strip();
    }

    void validate(int maxLength) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (chatRoomId == null) {
            errors.put("chat_room_id", List.of(DrfMessages.REQUIRED));
        } else if (chatRoomId.isBlank()) {
            errors.put("chat_room_id", List.of(DrfMessages.BLANK));
        }
        if (content == null) {
            errors.put("content", List.of(DrfMessages.REQUIRED));
        } else if (content.isBlank()) {
            errors.put("content", List.of(DrfMessages.BLANK));
        } else if (text().codePointCount(0, text().length()) > maxLength) {
            errors.put("content", List.of(MessagesErrors.tooLong(maxLength)));
        }
        if (messageType != null && !TEXT.equals(messageType)) {
            errors.put("message_type", List.of(MessagesErrors.invalidChoice(messageType)));
        }
        if (attachment != null) {
            errors.put("attachment", List.of(NO_ATTACHMENTS));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
    }
}
