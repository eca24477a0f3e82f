package com.chatcore.web.guestchat;

import com.fasterxml.jackson.annotation.JsonProperty;

record StartChatRequest(@JsonProperty("initial_message") String initialMessage) {

    static final StartChatRequest EMPTY = new StartChatRequest(null);

    StartChatRequest {
        initialMessage = GuestRequests.strip(initialMessage);
    }
}
