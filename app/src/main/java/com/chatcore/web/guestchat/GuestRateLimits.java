package com.chatcore.web.guestchat;

import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.ratelimit.RateLimiter;
import com.chatcore.web.ratelimit.RetryAfter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 003's limits on guests: pre-chat sessions per client address and chats per e-mail and per client
 * address each hour, messages per chat each minute.
 */
@Component
class GuestRateLimits {

    static final String TOO_MANY_CHATS = "Has creado demasiados chats recientemente. Por favor intenta más tarde.";
    static final String TOO_MANY_MESSAGES = "Has enviado demasiados mensajes. Por favor espera un momento.";
    static final String TOO_MANY_SESSIONS =
            "Has iniciado demasiadas conversaciones recientemente. Por favor intenta más tarde.";

    private final RateLimiter limiter;
    private final GuestChatLimits limits;

    GuestRateLimits(RateLimiter limiter, GuestChatLimits limits) {
        this.limiter = limiter;
        this.limits = limits;
    }

    /** Takes one chat from the e-mail's quota (when given) and then from the client address's quota. */
    boolean allowChat(String email, String clientAddress) {
        if (email != null && !limiter.tryAcquire("guest-chats-email", email.toLowerCase(Locale.ROOT),
                limits.maxChatsPerHourPerEmail(), Duration.ofHours(1))) {
            return false;
        }
        return limiter.tryAcquire("guest-chats-ip", clientAddress, limits.maxChatsPerHourPerIp(),
                Duration.ofHours(1));
    }

    /** Takes one pre-chat session from the client address's quota; refused, says when to come back. */
    RateLimiter.Attempt allowSession(String clientAddress) {
        return limiter.tryTake("guest-sessions-ip", clientAddress, limits.maxSessionsPerHourPerIp(),
                Duration.ofHours(1));
    }

    boolean allowMessage(String chatRoomId) {
        return limiter.tryAcquire("guest-messages-room", chatRoomId, limits.maxMessagesPerMinute(),
                Duration.ofMinutes(1));
    }

    /** A chat is rated once; the limit only bounds repeated attempts, with the same quota as messages. */
    boolean allowRating(String chatRoomId) {
        return limiter.tryAcquire("guest-ratings-room", chatRoomId, limits.maxMessagesPerMinute(),
                Duration.ofMinutes(1));
    }

    static ResponseEntity<Map<String, Object>> tooMany(String message) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(ApiErrors.error(message));
    }

    static ResponseEntity<Map<String, Object>> tooMany(String message, Duration retryAfter) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(RetryAfter.seconds(retryAfter)))
                .body(ApiErrors.error(message));
    }
}
