package com.chatcore.api.guest;

/** A guest opens the pre-chat step; the session expires if the profile is not completed in time. */
public record StartGuestSessionCommand(String sessionId, String initialMessage) {
}
