package com.chatcore.web.directchats;

import com.chatcore.api.user.UserView;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A "populated" participant: the user without password material. {@code _id} is the id as text, which the
 * public seed-002 client compares with its own; it also reads {@code fullName} (or {@code username}) and
 * {@code profileImage} (accounts have no picture: null).
 */
@Schema(name = "DirectChatParticipant")
record ParticipantJson(
        @Schema(example = "7") @JsonProperty("_id") String mongoId,
        @Schema(example = "7") long id,
        @Schema(example = "usuario_a") String username,
        @Schema(example = "a@example.com") String email,
        @Schema(example = "Ana Pérez", description = "first and last name; the username when both are empty")
        String fullName,
        @Schema(example = "Ana") String firstName,
        @Schema(example = "Pérez") String lastName,
        @Schema(description = "always null: accounts have no picture") String profileImage,
        @Schema(allowableValues = {"USER", "AGENT", "SUPERUSER"}, example = "USER") String role,
        @Schema(example = "true") boolean isActive) {

    static ParticipantJson of(UserView user) {
        return new ParticipantJson(String.valueOf(user.id()), user.id(), user.username(), user.email(),
                fullName(user), user.firstName(), user.lastName(), null,
                user.role() == null ? null : user.role().name(), user.active());
    }

    private static String fullName(UserView user) {
        String name = (nullToEmpty(user.firstName()) + " " + nullToEmpty(user.lastName())).trim();
        return name.isEmpty() ? user.username() : name;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
