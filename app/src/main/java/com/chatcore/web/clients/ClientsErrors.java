package com.chatcore.web.clients;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.error.DrfMessages;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Seed 004's {@code {"error": "..."}} for every refusal of its routes. What is answered before a route runs
 * (401 from authentication, 415, 406, a 413 declared up front) and outages (503) keep the API's common
 * {@code {"detail": "..."}}.
 */
@RestControllerAdvice(assignableTypes = ClientsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClientsErrors {

    static final String FORBIDDEN = "Permission denied";
    static final String INVALID_JSON = "Invalid JSON body";
    static final String CONFLICT = "The client was changed by another request at the same time; try again";

    @ExceptionHandler(ClientRefusal.class)
    ResponseEntity<ClientErrorJson> refused(ClientRefusal e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ClientErrorJson> notFound(AggregateNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, ClientRefusal.CLIENT_NOT_FOUND);
    }

    /** One sentence, as the seed's errors: the first field's message. */
    @ExceptionHandler(FieldValidationException.class)
    ResponseEntity<ClientErrorJson> invalid(FieldValidationException e) {
        return answer(HttpStatus.BAD_REQUEST, e.errors().values().iterator().next().get(0));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ClientErrorJson> ruleViolated(RuleViolationException e) {
        boolean taken = "WhatsAppChatTaken".equals(e.rule());
        return answer(taken ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ClientErrorJson> forbidden(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, FORBIDDEN);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ClientErrorJson> unreadable(HttpMessageNotReadableException e) {
        if (ApiErrors.tooLargeBody(e)) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, DrfMessages.TOO_LARGE);
        }
        return answer(HttpStatus.BAD_REQUEST, INVALID_JSON);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ClientErrorJson> conflict(ConcurrencyException e) {
        return answer(HttpStatus.CONFLICT, CONFLICT);
    }

    private static ResponseEntity<ClientErrorJson> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ClientErrorJson(message));
    }
}
