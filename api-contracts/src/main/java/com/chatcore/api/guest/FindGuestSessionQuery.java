package com.chatcore.api.guest;

/** Answers {@code Optional<GuestSessionView>}. */
public record FindGuestSessionQuery(String sessionId) {
}
