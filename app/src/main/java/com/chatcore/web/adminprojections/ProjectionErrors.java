package com.chatcore.web.adminprojections;

import com.chatcore.operations.ReplayRefusedException;
import com.chatcore.operations.UnknownProjectionException;
import com.chatcore.web.error.ApiErrors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.Map;

/** The API's common {@code {"detail": "..."}}, saying which projection or group is unknown and why a replay waits. */
@RestControllerAdvice(assignableTypes = {ProjectionsController.class, DeadLettersController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProjectionErrors {

    @ExceptionHandler(UnknownProjectionException.class)
    ResponseEntity<Map<String, Object>> unknown(UnknownProjectionException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiErrors.detail(e.getMessage()));
    }

    @ExceptionHandler(ReplayRefusedException.class)
    ResponseEntity<Map<String, Object>> refused(ReplayRefusedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ApiErrors.detail(e.getMessage()));
    }
}
