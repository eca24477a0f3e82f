package com.chatcore.web.directchats;

import com.chatcore.api.directchat.DirectChatRuleViolation;
import com.chatcore.api.error.RuleViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Seed 002's errors, {@code {"success": false, "message": "..."}}, for the chat rules and the refusals of its
 * routes; what they do not cover (unreadable bodies, conflicts, an unavailable database) keeps the common
 * shapes of {@code web.error}.
 */
@RestControllerAdvice(assignableTypes = {DirectChatReadController.class, DirectChatWriteController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectChatErrors {

    @ExceptionHandler(DirectChatProblem.class)
    ResponseEntity<DirectChatErrorJson> refused(DirectChatProblem e) {
        return answer(e.status(), e.getMessage());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<DirectChatErrorJson> ruleBroken(RuleViolationException e) {
        HttpStatus status = switch (e.rule()) {
            case DirectChatRuleViolation.UNKNOWN_PARTICIPANTS -> HttpStatus.NOT_FOUND;
            case DirectChatRuleViolation.NOT_A_PARTICIPANT -> HttpStatus.FORBIDDEN;
            case DirectChatRuleViolation.PARTICIPANT_SET_TAKEN -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        return answer(status, e.getMessage());
    }

    /** No such chat, or a deleted one ({@code AggregateDeletedException} is a kind of it). */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<DirectChatErrorJson> noSuchChat(AggregateNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, DirectChatMessages.CHAT_NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<DirectChatErrorJson> denied(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, DirectChatMessages.NOT_A_PARTICIPANT);
    }

    @ExceptionHandler(RawJsonValue.UnstorableText.class)
    ResponseEntity<DirectChatErrorJson> unstorable(RawJsonValue.UnstorableText e) {
        return answer(HttpStatus.BAD_REQUEST, e.problem());
    }

    private static ResponseEntity<DirectChatErrorJson> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(DirectChatErrorJson.of(message));
    }
}
