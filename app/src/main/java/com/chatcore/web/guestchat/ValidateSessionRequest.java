package com.chatcore.web.guestchat;

import com.chatcore.web.error.RequiredText;
import com.fasterxml.jackson.annotation.JsonProperty;

record ValidateSessionRequest(@RequiredText @JsonProperty("session_id") String sessionId) {

    static final ValidateSessionRequest EMPTY = new ValidateSessionRequest(null);

    ValidateSessionRequest {
        sessionId = GuestRequests.strip(sessionId);
    }
}
