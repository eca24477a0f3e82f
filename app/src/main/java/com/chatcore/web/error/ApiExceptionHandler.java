package com.chatcore.web.error;

import com.chatcore.api.conversation.NotAssignedAgentException;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.guest.GuestSessionExpiredException;
import com.chatcore.api.error.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps every failure to a 4xx body in the seeds' shapes (or a bare 500 without internals). API
 * families with their own error wording add a narrower advice; this one is the common floor.
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String SESSION_EXPIRED = "Sesión expirada. Por favor inicia el chat nuevamente.";

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, List<String>>> invalid(MethodArgumentNotValidException e) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.computeIfAbsent(JsonFieldNames.snakeCase(error.getField()), f -> new ArrayList<>())
                    .add(error.getDefaultMessage());
        }
        return ResponseEntity.badRequest().body(errors);
    }

    @ExceptionHandler(FieldValidationException.class)
    ResponseEntity<Map<String, List<String>>> invalidFields(FieldValidationException e) {
        return ResponseEntity.badRequest().body(e.errors());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, Object>> ruleViolated(RuleViolationException e) {
        return ResponseEntity.badRequest().body(ApiErrors.error(e.getMessage()));
    }

    @ExceptionHandler(NotAssignedAgentException.class)
    ResponseEntity<Map<String, Object>> notAssigned(NotAssignedAgentException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ApiErrors.detail("Usted no tiene permiso para realizar esta acción."));
    }

    @ExceptionHandler(GuestSessionExpiredException.class)
    ResponseEntity<Map<String, Object>> sessionExpired(GuestSessionExpiredException e) {
        return ResponseEntity.badRequest().body(ApiErrors.error(SESSION_EXPIRED));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, ?>> unreadable(HttpMessageNotReadableException e) {
        if (BodySizeLimitFilter.causedByTooLargeBody(e)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(ApiErrors.detail(DrfMessages.TOO_LARGE));
        }
        return ResponseEntity.badRequest().body(UnreadableBodies.describe(e));
    }

    /** Spring Security's firewall checks parameters when they are first read, in the controller. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(RequestRejectedException e) {
        return ResponseEntity.badRequest().body(ApiErrors.detail(DrfMessages.MALFORMED_REQUEST));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, List<String>>> missingParameter(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(Map.of(e.getParameterName(), List.of(DrfMessages.REQUIRED)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, ?>> wrongType(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.detail(DrfMessages.NOT_FOUND));
        }
        return ResponseEntity.badRequest().body(Map.of(e.getName(), List.of(DrfMessages.INVALID_VALUE)));
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<Map<String, Object>> notFound(Exception e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.detail(DrfMessages.NOT_FOUND));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        // A 405 must name the methods the route supports (RFC 9110, 15.5.6).
        Set<HttpMethod> supported = e.getSupportedHttpMethods();
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                .allow(supported == null ? new HttpMethod[0] : supported.toArray(HttpMethod[]::new))
                .body(ApiErrors.detail(DrfMessages.methodNotAllowed(e.getMethod())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e,
            HttpServletRequest request) {
        // The type as the client sent it: e.getContentType() carries the charset the server assumed.
        String sent = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String type = sent != null ? sent : e.getContentType() == null ? "" : e.getContentType().toString();
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(ApiErrors.detail(DrfMessages.unsupportedMediaType(type)));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(ApiErrors.detail(DrfMessages.NOT_ACCEPTABLE));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ApiErrors.detail("Usted no tiene permiso para realizar esta acción."));
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Map<String, Object>> conflict(ConcurrencyException e) {
        // Another write won the race: trying again decides on the current state.
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
                .body(ApiErrors.error(DrfMessages.CONFLICT));
    }

    @ExceptionHandler(ReadModelLagException.class)
    ResponseEntity<Map<String, Object>> lagging(ReadModelLagException e) {
        return unavailable();
    }

    /** The node that runs the conversation got the command but its answer was lost: it may have run. */
    @ExceptionHandler(CommandDispatchException.class)
    ResponseEntity<Map<String, Object>> noAnswerFromItsNode(CommandDispatchException e) {
        log.warn("Routed command unanswered: {}", e.toString());
        return unavailable();
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The client left mid-answer (a closed stream, a benchmark's end): nobody to answer, nothing wrong.
            log.debug("Client gone: {}", e.toString());
            return null;
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return unavailable();
        }
        log.error("Unhandled error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiErrors.detail(DrfMessages.SERVER_ERROR));
    }

    /** Try again shortly: the read model or the database is behind, not the request wrong. */
    private static ResponseEntity<Map<String, Object>> unavailable() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(ApiErrors.detail(DrfMessages.UNAVAILABLE));
    }
}
