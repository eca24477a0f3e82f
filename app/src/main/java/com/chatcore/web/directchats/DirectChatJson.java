package com.chatcore.web.directchats;

import com.chatcore.api.directchat.DirectChatView;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A chat as seed 002 shows it (a Mongoose document): {@code _id}, populated participants, {@code lastMessage}
 * exactly as it was sent, times in JavaScript's ISO form, {@code __v} the chat's version. {@code id} repeats
 * {@code _id}.
 */
@Schema(name = "DirectChat")
record DirectChatJson(
        @Schema(example = "0f5e7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") @JsonProperty("_id") String mongoId,
        @Schema(example = "0f5e7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") String id,
        List<ParticipantJson> participants,
        @JsonRawValue String lastMessage,
        @Schema(format = "date-time", example = "2025-12-01T09:00:00.000Z") String createdAt,
        @Schema(format = "date-time", example = "2025-12-10T11:00:00.000Z") String updatedAt,
        @Schema(example = "1", description = "the chat's version: the sequence number of its latest change")
        @JsonProperty("__v") long version) {

    /** JavaScript's {@code Date.prototype.toJSON}: always milliseconds, always UTC. */
    private static final DateTimeFormatter JS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    static DirectChatJson of(DirectChatView chat) {
        return new DirectChatJson(chat.chatId(), chat.chatId(),
                chat.participants().stream().map(ParticipantJson::of).toList(), chat.lastMessage().json(),
                time(chat.createdAt()), time(chat.updatedAt()), chat.version());
    }

    static String time(Instant at) {
        return JS_TIME.format(at);
    }
}
