package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.RatingRuleViolation;
import com.chatcore.api.conversation.SupportSessionRuleViolation;
import com.chatcore.api.conversation.NotAssignedAgentException;
import com.chatcore.api.error.RuleViolationException;
import com.chatcore.web.error.DatabaseUnavailable;
import com.chatcore.web.error.ReadModelLagException;
import com.chatcore.web.error.UnreadableBodies;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 001's "Códigos de Error" for its routes: {@code {"success": false, "message"}}, and for 400 also
 * {@code errors} by field. Anything unexpected answers seed 001's 500, never a trace. (401 is written by the
 * security layer, before a route runs: {@code security.SupportSessionRoutes}.)
 */
@RestControllerAdvice(assignableTypes = {SupportSessionsController.class, SupportDeskController.class,
        SupportRatingsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SupportSessionErrors {

    private static final Logger log = LoggerFactory.getLogger(SupportSessionErrors.class);

    @ExceptionHandler(SupportProblem.class)
    ResponseEntity<?> refused(SupportProblem e) {
        if (e.status() == HttpStatus.BAD_REQUEST) {
            return invalid(e.errors());
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
        if (e.retryAfterSeconds() > 0) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        return answer.body(new SupportResponses.ErrorJson(false, e.getMessage()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<?> ruleBroken(RuleViolationException e) {
        if (RatingRuleViolation.isRatingRule(e.rule())) {
            String field = switch (e.rule()) {
                case RatingRuleViolation.OUT_OF_RANGE -> "rating";
                case RatingRuleViolation.COMMENT_TOO_LONG -> "comment";
                default -> "session";
            };
            return invalid(Map.of(field, List.of(e.getMessage())));
        }
        HttpStatus status = switch (e.rule()) {
            case SupportSessionRuleViolation.SESSION_OPEN -> HttpStatus.CONFLICT;
            case SupportSessionRuleViolation.NOT_OWNER -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.CONFLICT;
        };
        return answer(status, e.getMessage());
    }

    /** An agent answering a session someone else holds. */
    @ExceptionHandler(NotAssignedAgentException.class)
    ResponseEntity<SupportResponses.ErrorJson> notHeld(NotAssignedAgentException e) {
        return answer(HttpStatus.FORBIDDEN, SupportMessages.FORBIDDEN);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<SupportResponses.ErrorJson> noSuchSession(AggregateNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, SupportMessages.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<SupportResponses.ErrorJson> denied(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, SupportMessages.FORBIDDEN);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<SupportResponses.ValidationErrorJson> unreadable(HttpMessageNotReadableException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        UnreadableBodies.describe(e).forEach((field, problem) -> {
            if (!"detail".equals(field)) {
                errors.put(field, problem instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(problem)));
            }
        });
        if (errors.isEmpty()) {
            errors.put("body", List.of(SupportMessages.INVALID_BODY));
        }
        return invalid(errors);
    }

    /**
     * Everything else, still in seed 001's shape: the framework's refusals keep their status, a conflict or an
     * unavailable database or read model its 409 / 503, and only the unexpected answers 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<?> other(Exception e) {
        if (e instanceof ErrorResponse refusal) {
            HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
            if (status == HttpStatus.BAD_REQUEST) {
                return invalid(Map.of("body", List.of(SupportMessages.INVALID_BODY)));
            }
            return ResponseEntity.status(status).headers(refusal.getHeaders())
                    .body(new SupportResponses.ErrorJson(false, status.getReasonPhrase()));
        }
        if (e instanceof ConcurrencyException) {
            return answer(HttpStatus.CONFLICT, SupportMessages.CONFLICT);
        }
        if (e instanceof ReadModelLagException || e instanceof CommandDispatchException
                || DatabaseUnavailable.causedBy(e)) {
            log.warn("Support session request could not complete now: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(new SupportResponses.ErrorJson(false, SupportMessages.UNAVAILABLE));
        }
        log.error("Support session request failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, SupportMessages.SERVER_ERROR);
    }

    private static ResponseEntity<SupportResponses.ValidationErrorJson> invalid(Map<String, List<String>> errors) {
        List<String> messages = new ArrayList<>();
        errors.values().forEach(messages::addAll);
        return ResponseEntity.badRequest().body(new SupportResponses.ValidationErrorJson(false, messages, errors));
    }

    private static ResponseEntity<SupportResponses.ErrorJson> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new SupportResponses.ErrorJson(false, message));
    }
}
