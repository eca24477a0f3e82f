package com.chatcore.web.crmchats;

import org.springframework.http.HttpStatus;

/** A request this family refuses before any command, with seed 000's status and message. */
class CrmChatRefusal extends RuntimeException {

    static final String INVALID_ID = "ID del chat inválido";
    static final String ID_REQUIRED = "ID del chat es requerido";
    static final String NOT_FOUND = "Chat no encontrado";

    private final HttpStatus status;

    CrmChatRefusal(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static CrmChatRefusal badRequest(String message) {
        return new CrmChatRefusal(HttpStatus.BAD_REQUEST, message);
    }

    static CrmChatRefusal notFound() {
        return new CrmChatRefusal(HttpStatus.NOT_FOUND, NOT_FOUND);
    }

    HttpStatus status() {
        return status;
    }
}
