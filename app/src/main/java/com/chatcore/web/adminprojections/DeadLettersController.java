package com.chatcore.web.adminprojections;

import com.chatcore.operations.DeadLetterOperations;
import com.chatcore.web.error.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Issue 13: events the projections parked, retried or evicted by an operator (README, "Operating the read models"). */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLettersController {

    private final DeadLetterOperations deadLetters;

    DeadLettersController(DeadLetterOperations deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUDITOR', 'SUPERUSER')")
    @Operation(summary = "Parked events per processing group: event type, stream, error, first and last attempt"
            + " (SUPERUSER, AUDITOR)")
    DeadLettersJson list() {
        return new DeadLettersJson(deadLetters.list().stream().map(ParkedGroupJson::of).toList());
    }

    @PostMapping("/{group}/retry")
    @PreAuthorize("hasRole('SUPERUSER')")
    @Operation(summary = "Applies each of the group's parked events again through its own handlers; one that"
            + " fails again stays parked with its new error (SUPERUSER)")
    RetryJson retry(@PathVariable String group) {
        return RetryJson.of(deadLetters.retry(group));
    }

    @DeleteMapping("/{group}/{id}")
    @PreAuthorize("hasRole('SUPERUSER')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Drops one parked event for good (SUPERUSER)")
    @ApiResponse(responseCode = "204", description = "Evicted")
    void evict(@PathVariable String group, @PathVariable String id) {
        if (!deadLetters.evict(group, id)) {
            throw new NotFoundException();
        }
    }
}
