package com.chatcore.api.directchat;

import com.chatcore.api.user.UserView;

import java.time.Instant;
import java.util.List;

/**
 * A direct chat as the read model shows it. {@code participants} come from the users read model, in the
 * chat's order; one that model does not show carries only its id. {@code version} is the sequence number
 * of the chat's latest event.
 */
public record DirectChatView(String chatId, List<UserView> participants, LastMessage lastMessage,
        Instant createdAt, Instant updatedAt, long version, boolean deleted) {

    public boolean hasParticipant(long userId) {
        return participants.stream().anyMatch(user -> user.id() == userId);
    }
}
