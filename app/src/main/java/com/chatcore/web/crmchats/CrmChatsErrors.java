package com.chatcore.web.crmchats;

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
 * Seed 000's error envelope, {@code {"success": false, "error": "..."}}, for every refusal of this family's
 * routes. What is answered before a route runs (401 from authentication, 415, 406, a 413 declared up front)
 * and outages (503) keep the API's common {@code {"detail": "..."}}.
 */
@RestControllerAdvice(assignableTypes = CrmChatsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CrmChatsErrors {

    static final String FORBIDDEN = "No tiene permiso para realizar esta acción";
    static final String INVALID_JSON = "JSON inválido";

    @ExceptionHandler(CrmChatRefusal.class)
    ResponseEntity<CrmChatErrorJson> refused(CrmChatRefusal e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<CrmChatErrorJson> notFound(AggregateNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, CrmChatRefusal.NOT_FOUND);
    }

    /** The seed's error is one sentence: the first field's message, which names its field. */
    @ExceptionHandler(FieldValidationException.class)
    ResponseEntity<CrmChatErrorJson> invalid(FieldValidationException e) {
        return answer(HttpStatus.BAD_REQUEST, e.errors().values().iterator().next().get(0));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<CrmChatErrorJson> ruleViolated(RuleViolationException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<CrmChatErrorJson> forbidden(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, FORBIDDEN);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<CrmChatErrorJson> unreadable(HttpMessageNotReadableException e) {
        if (ApiErrors.tooLargeBody(e)) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, DrfMessages.TOO_LARGE);
        }
        return answer(HttpStatus.BAD_REQUEST, INVALID_JSON);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<CrmChatErrorJson> conflict(ConcurrencyException e) {
        return answer(HttpStatus.CONFLICT, DrfMessages.CONFLICT);
    }

    private static ResponseEntity<CrmChatErrorJson> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(CrmChatErrorJson.of(message));
    }
}
