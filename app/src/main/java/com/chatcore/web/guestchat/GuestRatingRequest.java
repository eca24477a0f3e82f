package com.chatcore.web.guestchat;

import com.chatcore.web.error.RequiredText;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** {@code rating} is read as whatever JSON value came, so that only a whole number passes (4.5 is refused, not cut). */
record GuestRatingRequest(
        @RequiredText @JsonProperty("chat_room_id") @Schema(example = "3b8e6c1a-2d4f-4e5a-9b7c-8d9e0f1a2b3c")
        String chatRoomId,
        @Schema(type = "integer", minimum = "1", maximum = "5", example = "5") Object rating,
        @Schema(nullable = true, maxLength = 1000, example = "Muy amable y rápido") String comment) {

    static final GuestRatingRequest EMPTY = new GuestRatingRequest(null, null, null);

    GuestRatingRequest {
        chatRoomId = GuestRequests.strip(chatRoomId);
        comment = GuestRequests.strip(comment);
    }
}
