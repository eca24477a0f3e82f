package com.chatcore.web.auth;

import com.chatcore.api.user.FindLoginAccountQuery;
import com.chatcore.api.user.LoginAccountView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Username and password to an active account; unknown users cost a hash check too (no timing oracle), and
 * failures are throttled.
 */
@Component
class Credentials {

    private final QueryGateway queries;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final String dummyHash;

    Credentials(QueryGateway queries, PasswordEncoder passwords, LoginThrottle throttle) {
        this.queries = queries;
        this.passwords = passwords;
        this.throttle = throttle;
        this.dummyHash = passwords.encode("timing-equaliser-for-unknown-users");
    }

    /**
     * The active account these credentials open, if any.
     *
     * @throws LoginThrottledException when the username or the client address failed too often lately
     */
    Optional<LoginAccountView> activeAccount(String username, String password, String clientAddress) {
        return throttle.attempt(username, clientAddress, () -> check(username, password));
    }

    private Optional<LoginAccountView> check(String username, String password) {
        Optional<LoginAccountView> account = queries.query(new FindLoginAccountQuery(username),
                ResponseTypes.optionalInstanceOf(LoginAccountView.class)).join();
        boolean matches = passwords.matches(password, account.map(LoginAccountView::passwordHash).orElse(dummyHash));
        return account.filter(found -> matches && found.active());
    }
}
