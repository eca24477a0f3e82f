package com.chatcore.web.guestchat;

import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.ratelimit.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Seed 003's limits on guests: chats per e-mail and per client address each hour, messages per chat each minute. */
@Component
class GuestRateLimits {

    static final String TOO_MANY_CHATS = "Has creado demasiados chats recientemente. Por favor intenta más tarde.";
    static final String TOO_MANY_MESSAGES = "Has enviado demasiados mensajes. Por favor espera un momento.";

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

    boolean allowMessage(String chatRoomId) {
        return limiter.tryAcquire("guest-messages-room", chatRoomId, limits.maxMessagesPerMinute(),
                Duration.ofMinutes(1));
    }

    static ResponseEntity<Map<String, Object>> tooMany(String message) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(ApiErrors.error(message));
    }
}
