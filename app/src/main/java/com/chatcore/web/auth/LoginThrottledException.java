package com.chatcore.web.auth;

import java.time.Duration;

/** Too many failed logins for this username or client address; try again after {@code retryAfter}. */
class LoginThrottledException extends RuntimeException {

    private final transient Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super(null, null, false, false);
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
