package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.guest.CompleteGuestSessionCommand;
import com.chatcore.api.guest.FindGuestSessionQuery;
import com.chatcore.api.guest.GuestSessionExpiredException;
import com.chatcore.api.guest.GuestSessionView;
import com.chatcore.api.guest.StartGuestSessionCommand;
import com.chatcore.idempotency.RequestIds;
import com.chatcore.web.consistency.ReadYourWrites;
import com.chatcore.web.consistency.ReadYourWrites.Awaited;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.error.ReadModelLagException;
import com.chatcore.web.livechat.GuestKey;
import com.chatcore.web.livechat.GuestRooms;
import com.chatcore.web.ratelimit.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Seed 003 "Chats Públicos (Invitados)": the pre-chat session, from first message to chat room. */
@RestController
@RequestMapping("/api/chat")
@SecurityRequirements
class GuestSessionsController {

    static final String RECAPTCHA_FAILED = "Verificación reCAPTCHA fallida.";

    private final ReadYourWrites readYourWrites;
    private final QueryGateway queries;
    private final GuestRequests requests;
    private final RecaptchaVerifier recaptcha;
    private final GuestRateLimits limits;
    private final MessageSettings messages;
    private final GuestRooms guestRooms;
    private final GuestHistory history;
    private final Clock clock;

    GuestSessionsController(ReadYourWrites readYourWrites, QueryGateway queries, GuestRequests requests,
            RecaptchaVerifier recaptcha, GuestRateLimits limits, MessageSettings messages, GuestRooms guestRooms,
            GuestHistory history, Clock clock) {
        this.readYourWrites = readYourWrites;
        this.queries = queries;
        this.requests = requests;
        this.recaptcha = recaptcha;
        this.limits = limits;
        this.messages = messages;
        this.guestRooms = guestRooms;
        this.history = history;
        this.clock = clock;
    }

    @PostMapping("/start_chat")
    @Operation(summary = "Step 1: open a pre-chat session with the guest's first message")
    @ApiResponse(responseCode = "200", description = "The session, open for expires_in seconds",
            content = @Content(schema = @Schema(implementation = StartChatResponse.class)))
    ResponseEntity<?> start(@RequestBody(required = false) StartChatRequest body,
            HttpServletRequest http) {
        StartChatRequest request = Objects.requireNonNullElse(body, StartChatRequest.EMPTY);
        String initialMessage = request.initialMessage();
        if (initialMessage != null && initialMessage.length() > messages.maxLength()) {
            throw FieldValidationException.of("initial_message", GuestRequests.tooLong(messages.maxLength()));
        }
        String sessionId = RequestIds.newId("guest-session");
        // A retry whose first run stored the session (and never answered) gets that session.
        Optional<GuestSessionView> stored = RequestIds.keyed() ? findSession(sessionId) : Optional.empty();
        if (stored.isEmpty()) {
            RateLimiter.Attempt attempt = limits.allowSession(http.getRemoteAddr());
            if (!attempt.allowed()) {
                return GuestRateLimits.tooMany(GuestRateLimits.TOO_MANY_SESSIONS, attempt.retryAfter());
            }
        }
        boolean hasMessage = !GuestRequests.isBlank(initialMessage);
        Instant sent = clock.instant();
        GuestSessionView session = stored.orElseGet(() -> readYourWrites.sendOr(
                new StartGuestSessionCommand(sessionId, hasMessage ? initialMessage : null),
                new Awaited<>(new FindGuestSessionQuery(sessionId), GuestSessionView.class, view -> true),
                () -> new GuestSessionView(sessionId, hasMessage, sent, sent.plus(GuestSessionView.LIFETIME), false,
                        null)));
        return ResponseEntity.ok(StartChatResponse.of(session.sessionId(),
                Duration.between(session.createdAt(), session.expiresAt()).toSeconds()));
    }

    @PostMapping("/validate_session")
    @Operation(summary = "Whether a pre-chat session can still be completed")
    ValidateSessionResponse validate(@RequestBody(required = false) ValidateSessionRequest body) {
        ValidateSessionRequest request = Objects.requireNonNullElse(body, ValidateSessionRequest.EMPTY);
        GuestRequests.rejectIfAny(requests.errors(request));
        return openSession(request.sessionId())
                .map(session -> ValidateSessionResponse.open(session.hasMessage(), session.createdAt()))
                .orElseGet(ValidateSessionResponse::expired);
    }

    @PostMapping("/complete_chat")
    @Operation(summary = "Step 2: the guest's contact details turn the session into a waiting chat room")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The waiting chat room and the guest's key to it",
            content = @Content(schema = @Schema(implementation = CompleteChatResponse.class)))
    ResponseEntity<?> complete(@RequestBody(required = false) CompleteChatRequest body,
            HttpServletRequest http) {
        CompleteChatRequest request = Objects.requireNonNullElse(body, CompleteChatRequest.EMPTY);
        Map<String, List<String>> errors = requests.errors(request);
        String phone = GuestRequests.isBlank(request.phoneNumber()) ? null
                : GuestRequests.normalizePhone(request.phoneNumber());
        if (!GuestRequests.isBlank(request.phoneNumber()) && phone == null) {
            GuestRequests.addIfValid(errors, "phone_number", GuestRequests.INVALID_PHONE);
        }
        if (recaptcha.enabled() && GuestRequests.isBlank(request.recaptchaToken())) {
            GuestRequests.addIfValid(errors, "recaptcha_token",
                    request.recaptchaToken() == null ? DrfMessages.REQUIRED : DrfMessages.BLANK);
        }
        GuestRequests.rejectIfAny(errors);

        String sessionId = request.sessionId();
        String chatRoomId = RequestIds.newId("chat-room");
        Optional<GuestSessionView> known = knownSession(sessionId);
        Optional<CompleteChatResponse> stored = RequestIds.keyed()
                ? known.flatMap(session -> completedBy(session, chatRoomId)) : Optional.empty();
        if (stored.isPresent()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(stored.get());
        }
        if (known.filter(this::canBeCompleted).isEmpty()) {
            throw new GuestSessionExpiredException(sessionId);
        }
        String clientAddress = http.getRemoteAddr();
        if (!recaptcha.verify(request.recaptchaToken(), clientAddress)) {
            throw FieldValidationException.of("recaptcha_token", RECAPTCHA_FAILED);
        }
        if (!limits.allowChat(request.emailOrNull(), clientAddress)) {
            return GuestRateLimits.tooMany(GuestRateLimits.TOO_MANY_CHATS);
        }
        String session = GuestRequests.canonicalId(sessionId);
        GuestKey key = guestRooms.issue(chatRoomId);
        Instant completedAt = clock.instant();
        CompleteChatResponse answer;
        try {
            // validate_session and the guest's key read another read model: both must be there once this
            // answers (the key is stored with the session's completion).
            ChatRoomView room = readYourWrites.send(new CompleteGuestSessionCommand(session, chatRoomId, key.hash(),
                            request.displayName(), request.emailOrNull(), phone),
                    new Awaited<>(new FindChatRoomQuery(chatRoomId), ChatRoomView.class, view -> true),
                    new Awaited<>(new FindGuestSessionQuery(session), GuestSessionView.class,
                            GuestSessionView::completed));
            answer = CompleteChatResponse.of(key.key(), session, room, history.of(chatRoomId));
        } catch (AggregateNotFoundException unknown) {
            throw new GuestSessionExpiredException(sessionId);
        } catch (ReadModelLagException late) {
            // Stored, only not shown yet: answer from the command rather than invite a retry.
            answer = CompleteChatResponse.fromCommand(key.key(), session, request.displayName(),
                    request.emailOrNull(), phone, completedAt, history.of(chatRoomId));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    /**
     * A keyed retry whose first run completed the session but never answered (its node died, say): the
     * chat that run opened, answered as it would have been (its key is derived from the Idempotency-Key).
     * Checked before reCAPTCHA, whose token the first run used up.
     */
    private Optional<CompleteChatResponse> completedBy(GuestSessionView session, String chatRoomId) {
        if (!session.completed() || !chatRoomId.equals(session.chatRoomId())) {
            return Optional.empty();
        }
        return queries.query(new FindChatRoomQuery(chatRoomId), ResponseTypes.optionalInstanceOf(ChatRoomView.class))
                .join()
                .map(room -> CompleteChatResponse.of(guestRooms.issue(chatRoomId).key(), session.sessionId(), room,
                        history.of(chatRoomId)));
    }

    /** The session when it can still be completed: known, not used yet, not expired. */
    private Optional<GuestSessionView> openSession(String sessionId) {
        return knownSession(sessionId).filter(this::canBeCompleted);
    }

    private boolean canBeCompleted(GuestSessionView session) {
        return !session.completed() && clock.instant().isBefore(session.expiresAt());
    }

    /** The session a client names, in any case of its UUID; empty for anything that is no UUID. */
    private Optional<GuestSessionView> knownSession(String sessionId) {
        return GuestRequests.isUuid(sessionId) ? findSession(GuestRequests.canonicalId(sessionId)) : Optional.empty();
    }

    private Optional<GuestSessionView> findSession(String sessionId) {
        return queries.query(new FindGuestSessionQuery(sessionId),
                ResponseTypes.optionalInstanceOf(GuestSessionView.class)).join();
    }
}
