package com.chatcore.api.guest;

import java.time.Instant;

/** A pre-chat session as the guest sessions read model shows it; {@code chatRoomId} once completed. */
public record GuestSessionView(String sessionId, boolean hasMessage, Instant createdAt, Instant expiresAt,
        boolean completed, String chatRoomId) {
}
