package com.chatcore.web.clients;

import org.springframework.http.HttpStatus;

/** A request this family refuses itself, with seed 004's status and message. */
class ClientRefusal extends RuntimeException {

    static final String CHAT_ID_REQUIRED = "Chat ID is required";
    static final String CONVERSATION_NOT_FOUND = "Conversation not found";
    static final String CLIENT_NOT_FOUND = "Client not found";
    static final String TIMEOUT = "Request timeout";

    private final HttpStatus status;

    ClientRefusal(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static ClientRefusal badRequest(String message) {
        return new ClientRefusal(HttpStatus.BAD_REQUEST, message);
    }

    static ClientRefusal clientNotFound() {
        return new ClientRefusal(HttpStatus.NOT_FOUND, CLIENT_NOT_FOUND);
    }

    HttpStatus status() {
        return status;
    }
}
