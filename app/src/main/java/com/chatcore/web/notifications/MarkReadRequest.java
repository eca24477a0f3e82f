package com.chatcore.web.notifications;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Body of both {@code mark_read} routes; {@code chat_room_id} only on the guests' one. */
record MarkReadRequest(
        @JsonProperty("chat_room_id") String chatRoomId,
        @JsonProperty("notification_ids") List<String> notificationIds) {

    /** The requested ids, without nulls or repeats; 400 when the list is missing. */
    static List<String> ids(MarkReadRequest request) {
        if (request == null || request.notificationIds() == null) {
            throw FieldValidationException.of("notification_ids", DrfMessages.REQUIRED);
        }
        return request.notificationIds().stream().filter(Objects::nonNull).distinct().toList();
    }

    /** The guest's chat room and requested ids; 400 naming every missing field. */
    static List<String> guestIds(MarkReadRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (request == null || request.chatRoomId() == null) {
            errors.put("chat_room_id", List.of(DrfMessages.REQUIRED));
        } else if (request.chatRoomId().isBlank()) {
            errors.put("chat_room_id", List.of(DrfMessages.BLANK));
        }
        if (request == null || request.notificationIds() == null) {
            errors.put("notification_ids", List.of(DrfMessages.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return ids(request);
    }
}
