package com.chatcore.api.guest;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A pre-chat session began; it can be completed until {@code expiresAt}. */
@Revision("1")
public record GuestSessionStartedEvent(String sessionId, String initialMessage, Instant startedAt, Instant expiresAt) {
}
