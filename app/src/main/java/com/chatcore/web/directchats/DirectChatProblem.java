package com.chatcore.web.directchats;

import org.springframework.http.HttpStatus;

/** A request refused at the edge, answered as seed 002's error ({@link DirectChatErrorJson}). */
final class DirectChatProblem extends RuntimeException {

    private final HttpStatus status;

    private DirectChatProblem(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static DirectChatProblem badRequest(String message) {
        return new DirectChatProblem(HttpStatus.BAD_REQUEST, message);
    }

    static DirectChatProblem forbidden(String message) {
        return new DirectChatProblem(HttpStatus.FORBIDDEN, message);
    }

    static DirectChatProblem notFound(String message) {
        return new DirectChatProblem(HttpStatus.NOT_FOUND, message);
    }

    HttpStatus status() {
        return status;
    }
}
