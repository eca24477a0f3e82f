package com.chatcore.web.auth;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.config.ChatProperties;
import com.chatcore.web.ratelimit.RateLimiter;
import com.chatcore.web.ratelimit.RateLimiter.Attempt;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Counts failed logins per username and per client address (Bucket4j, in PostgreSQL, so on every node).
 * Every attempt takes a permit before the password is checked, so parallel guesses cannot outrun the
 * count, and a successful one gives its permits back: only failures use up the quota, and one caller's
 * failures never block another username logging in from another address.
 */
@Component
class LoginThrottle {

    private static final String PER_USERNAME = "login-failures-username";
    private static final String PER_ADDRESS = "login-failures-address";

    private final RateLimiter limiter;
    private final ChatProperties.Login limits;

    LoginThrottle(RateLimiter limiter, ChatProperties properties) {
        this.limiter = limiter;
        this.limits = properties.login();
    }

    /** The account {@code check} finds, unless this username or address has failed too often lately. */
    Optional<LoginAccountView> attempt(String username, String clientAddress,
            Supplier<Optional<LoginAccountView>> check) {
        String user = username.toLowerCase(Locale.ROOT);
        Attempt byUser = limiter.tryTake(PER_USERNAME, user, limits.maxFailuresPerUsername(), limits.failureWindow());
        if (!byUser.allowed()) {
            throw new LoginThrottledException(byUser.retryAfter());
        }
        Attempt byAddress = limiter.tryTake(PER_ADDRESS, clientAddress, limits.maxFailuresPerAddress(),
                limits.failureWindow());
        if (!byAddress.allowed()) {
            giveBackUsername(user);
            throw new LoginThrottledException(byAddress.retryAfter());
        }
        Optional<LoginAccountView> account = check.get();
        if (account.isPresent()) {
            giveBackUsername(user);
            limiter.giveBack(PER_ADDRESS, clientAddress, limits.maxFailuresPerAddress(), limits.failureWindow());
        }
        return account;
    }

    private void giveBackUsername(String user) {
        limiter.giveBack(PER_USERNAME, user, limits.maxFailuresPerUsername(), limits.failureWindow());
    }
}
