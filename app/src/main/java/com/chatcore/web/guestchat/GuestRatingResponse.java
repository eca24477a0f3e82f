package com.chatcore.web.guestchat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** A guest's rating as stored; {@code chat_room_id} is the guest's key, as the guest sent it. */
record GuestRatingResponse(boolean success,
        @Schema(example = "3b8e6c1a-2d4f-4e5a-9b7c-8d9e0f1a2b3c") @JsonProperty("chat_room_id") String chatRoomId,
        @Schema(example = "5") int rating,
        @Schema(nullable = true, example = "Muy amable y rápido") String comment,
        @Schema(example = THANKS) String message) {

    static final String THANKS = "Gracias por calificar la atención.";
}
