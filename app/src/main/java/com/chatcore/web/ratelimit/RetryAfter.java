package com.chatcore.web.ratelimit;

import java.time.Duration;

/** A wait as the whole seconds of a {@code Retry-After} header: rounded up, at least one. */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
