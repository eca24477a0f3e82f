package com.chatcore.api.guest;

/** The pre-chat session is unknown, expired or already used. */
public class GuestSessionExpiredException extends RuntimeException {

    private final String sessionId;

    public GuestSessionExpiredException(String sessionId) {
        super("Guest session " + sessionId + " is expired, unknown or already completed");
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
