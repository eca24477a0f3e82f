package com.chatcore.api.guest;

import java.time.Duration;
import java.time.Instant;

/** A pre-chat session as the guest sessions read model shows it; {@code chatRoomId} once completed. */
public record GuestSessionView(String sessionId, boolean hasMessage, Instant createdAt, Instant expiresAt,
        boolean completed, String chatRoomId) {

    /** How long a pre-chat session can be completed after it starts. */
    public static final Duration LIFETIME = Duration.ofSeconds(1800);
}
