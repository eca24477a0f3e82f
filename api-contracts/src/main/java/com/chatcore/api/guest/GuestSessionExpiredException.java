package com.chatcore.api.guest;

/** The pre-chat session is unknown, expired or already used. */
public class GuestSessionExpiredException extends RuntimeException {

    public GuestSessionExpiredException(String sessionId) {
        super("Guest session " + sessionId + " is expired, unknown or already completed");
    }
}
