package com.chatcore.web.auth;

import com.chatcore.api.user.FindLoginAccountQuery;
import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.Role;
import com.chatcore.idempotency.RequestIds;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * For a keyed retry of an account's creation whose first run stored the account but never answered: the
 * account that run stored (same username, role and password; the caller checks the rest of its view), so the
 * retry answers as the first run would have. Nothing without an Idempotency-Key.
 */
@Component
public class EarlierRegistrations {

    private final QueryGateway queries;
    private final PasswordEncoder passwords;

    EarlierRegistrations(QueryGateway queries, PasswordEncoder passwords) {
        this.queries = queries;
        this.passwords = passwords;
    }

    /** The user id of the account an earlier run of this keyed request opened, if any. */
    public Optional<Long> userIdOf(String username, String password, Role role) {
        if (!RequestIds.keyed()) {
            return Optional.empty();
        }
        return queries.query(new FindLoginAccountQuery(username),
                        ResponseTypes.optionalInstanceOf(LoginAccountView.class)).join()
                .filter(account -> account.role() == role && passwords.matches(password, account.passwordHash()))
                .map(LoginAccountView::userId);
    }
}
