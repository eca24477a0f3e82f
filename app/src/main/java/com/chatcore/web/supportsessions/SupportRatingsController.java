package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.RateConversationCommand;
import com.chatcore.api.conversation.RatingRuleViolation;
import com.chatcore.security.Caller;
import com.chatcore.web.error.StorableText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigInteger;

/**
 * Issue 13, CSAT for seed 001: the user rates one of their own sessions once it is closed (resolved or closed),
 * once, 1 to 5, with an optional comment. Errors in seed 001's shapes ({@link SupportSessionErrors}).
 */
@RestController
@RequestMapping("/api/chat")
@PreAuthorize("isAuthenticated()")
class SupportRatingsController {

    private final SupportSessions sessions;
    private final CommandGateway commands;

    SupportRatingsController(SupportSessions sessions, CommandGateway commands) {
        this.sessions = sessions;
        this.commands = commands;
    }

    @PostMapping("/session/{id}/rate")
    @Operation(summary = "Rate one of the caller's closed sessions, once: rating 1 to 5, optional comment (at most"
            + " 1000 characters)", responses = @ApiResponse(responseCode = "201",
                    description = SupportMessages.RATED,
                    content = @Content(schema = @Schema(implementation = SupportResponses.RatingResponse.class))))
    ResponseEntity<SupportResponses.RatingResponse> rate(@PathVariable String id,
            @RequestBody(required = false) RateSupportSessionRequest body, @AuthenticationPrincipal Caller caller) {
        int rating = rating(body == null ? null : body.rating());
        String comment = comment(body == null ? null : body.comment());
        sessions.owned(id, caller);
        commands.sendAndWait(new RateConversationCommand(id, rating, comment, caller.userId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new SupportResponses.RatingResponse(true,
                new SupportRatingJson(id, rating, comment), SupportMessages.RATED));
    }

    private static int rating(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            BigInteger number = new BigInteger(value.toString());
            if (number.compareTo(BigInteger.valueOf(RatingRuleViolation.MIN)) >= 0
                    && number.compareTo(BigInteger.valueOf(RatingRuleViolation.MAX)) <= 0) {
                return number.intValue();
            }
        }
        throw SupportProblem.invalid("rating", RatingRuleViolation.OUT_OF_RANGE_MESSAGE);
    }

    private static String comment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String comment = value.strip();
        if (comment.codePointCount(0, comment.length()) > RatingRuleViolation.MAX_COMMENT_LENGTH) {
            throw SupportProblem.invalid("comment", RatingRuleViolation.COMMENT_TOO_LONG_MESSAGE);
        }
        StorableText.problem(comment).ifPresent(problem -> {
            throw SupportProblem.invalid("comment", problem);
        });
        return comment;
    }
}
