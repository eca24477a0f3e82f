package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.RateConversationCommand;
import com.chatcore.api.conversation.RatingRuleViolation;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.livechat.GuestRoom;
import com.chatcore.web.livechat.GuestRooms;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Issue 13, CSAT in seed 003's style: the guest rates its resolved or closed chat once, 1 to 5, by its key. Shape
 * errors are DRF field errors; the conversation's rules (not finished, already rated) are 400 {@code {"error"}}.
 */
@RestController
@SecurityRequirements
class GuestRatingsController {

    private final CommandGateway commands;
    private final GuestRooms guestRooms;
    private final GuestRequests requests;
    private final GuestRateLimits limits;

    GuestRatingsController(CommandGateway commands, GuestRooms guestRooms, GuestRequests requests,
            GuestRateLimits limits) {
        this.commands = commands;
        this.guestRooms = guestRooms;
        this.requests = requests;
        this.limits = limits;
    }

    @PostMapping("/api/chat/rate")
    @Operation(summary = "A guest rates their resolved or closed chat, once: rating 1 to 5, optional comment"
            + " (at most 1000 characters)")
    @ApiResponse(responseCode = "201", description = "The rating as stored",
            content = @Content(schema = @Schema(implementation = GuestRatingResponse.class)))
    ResponseEntity<?> rate(@RequestBody(required = false) GuestRatingRequest body) {
        GuestRatingRequest request = Objects.requireNonNullElse(body, GuestRatingRequest.EMPTY);
        Map<String, List<String>> errors = requests.errors(request);
        Integer rating = rating(request.rating(), errors);
        if (request.comment() != null && request.comment().codePointCount(0, request.comment().length())
                > RatingRuleViolation.MAX_COMMENT_LENGTH) {
            GuestRequests.addIfValid(errors, "comment", GuestRequests.tooLong(RatingRuleViolation.MAX_COMMENT_LENGTH));
        }
        GuestRequests.rejectIfAny(errors);
        GuestRoom guest = guestRooms.require(request.chatRoomId());
        String chatRoomId = guest.room().id();
        if (!limits.allowRating(chatRoomId)) {
            return GuestRateLimits.tooMany(GuestRateLimits.TOO_MANY_MESSAGES);
        }
        String comment = request.comment() == null || request.comment().isEmpty() ? null : request.comment();
        commands.sendAndWait(new RateConversationCommand(chatRoomId, rating, comment, null));
        return ResponseEntity.status(HttpStatus.CREATED).body(new GuestRatingResponse(true,
                guest.key(), rating, comment, GuestRatingResponse.THANKS));
    }

    /** A JSON whole number from 1 to 5, as DRF's {@code IntegerField(min_value=1, max_value=5)} answers. */
    private static Integer rating(Object value, Map<String, List<String>> errors) {
        if (value == null) {
            GuestRequests.addIfValid(errors, "rating", DrfMessages.REQUIRED);
            return null;
        }
        if (!(value instanceof Integer || value instanceof Long || value instanceof BigInteger)) {
            GuestRequests.addIfValid(errors, "rating", DrfMessages.INVALID_INTEGER);
            return null;
        }
        BigInteger number = new BigInteger(value.toString());
        if (number.compareTo(BigInteger.valueOf(RatingRuleViolation.MIN)) < 0) {
            GuestRequests.addIfValid(errors, "rating",
                    "Asegúrese de que este valor es mayor o igual a " + RatingRuleViolation.MIN + ".");
            return null;
        }
        if (number.compareTo(BigInteger.valueOf(RatingRuleViolation.MAX)) > 0) {
            GuestRequests.addIfValid(errors, "rating",
                    "Asegúrese de que este valor es menor o igual a " + RatingRuleViolation.MAX + ".");
            return null;
        }
        return number.intValue();
    }
}
