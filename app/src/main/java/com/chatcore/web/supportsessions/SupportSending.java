package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.security.Caller;
import com.chatcore.web.livechat.MessageSending;
import com.chatcore.web.ratelimit.RateLimiter;
import com.chatcore.web.ratelimit.RetryAfter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** A user's message to their support session, the same way from REST and Socket.IO: checked, rate-limited, sent. */
@Component
class SupportSending {

    static final String RATE_LIMIT = "support-messages";
    static final int MAX_LENGTH = 500;

    private final MessageSending sending;
    private final RateLimiter rateLimiter;
    private final int messagesPerMinute;

    SupportSending(MessageSending sending, RateLimiter rateLimiter,
            @Value("${chat.support.max-messages-per-minute:10}") int messagesPerMinute) {
        this.sending = sending;
        this.rateLimiter = rateLimiter;
        this.messagesPerMinute = messagesPerMinute;
    }

    /** Blank, too long or unstorable text: 400; more than the limit a minute: 429 with its Retry-After. */
    static String text(String message) {
        return MessageText.require(message, MAX_LENGTH);
    }

    ChatMessageView fromUser(Caller caller, ChatRoomView session, String text) {
        RateLimiter.Attempt attempt = rateLimiter.tryTake(RATE_LIMIT, Long.toString(caller.userId()),
                messagesPerMinute, Duration.ofMinutes(1));
        if (!attempt.allowed()) {
            throw SupportProblem.tooMany().retryAfter(RetryAfter.seconds(attempt.retryAfter()));
        }
        return sending.fromCustomer(session.id(), text);
    }
}
