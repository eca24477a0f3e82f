package com.chatcore.web.auth;

import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.ratelimit.RetryAfter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** The login routes' own error: throttling, answered as DRF's {@code Throttled} (429, Retry-After). */
@RestControllerAdvice(assignableTypes = {AuthController.class, TokenController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthErrors {

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<Map<String, Object>> throttled(LoginThrottledException e) {
        long seconds = RetryAfter.seconds(e.retryAfter());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(ApiErrors.detail(throttledMessage(seconds)));
    }

    /** DRF's Spanish wording of {@code Throttled}, with its plural. */
    static String throttledMessage(long seconds) {
        return "Solicitud fue regulada (throttled). Se espera que esté disponible en " + seconds
                + (seconds == 1 ? " segundo." : " segundos.");
    }
}
