package com.chatcore.security;

import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.UserView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Whether the account a token names still stands behind it: active, same role, and no password change
 * or deactivation since the token was issued. Read from the shared users read model, so it holds on
 * every node.
 */
@Component
class AccountStanding {

    private final QueryGateway queries;

    AccountStanding(QueryGateway queries) {
        this.queries = queries;
    }

    boolean stillBacks(Caller caller) {
        Optional<UserView> user = queries.query(new FindUserByIdQuery(caller.userId()),
                ResponseTypes.optionalInstanceOf(UserView.class)).join();
        return user.filter(UserView::active)
                .filter(u -> u.role() == caller.role())
                .filter(u -> caller.tokenGeneration() >= u.tokenGeneration())
                .isPresent();
    }
}
