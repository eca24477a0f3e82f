package com.chatcore.security;

import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.UserView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Turns an access token into its caller, or nothing when it is forged, expired, revoked or names a
 * deactivated account. Shared by the REST filter and the WebSocket handshake.
 */
@Component
public class AccessTokens {

    private final TokenService tokens;
    private final TokenRevocations revocations;
    private final QueryGateway queries;

    AccessTokens(TokenService tokens, TokenRevocations revocations, QueryGateway queries) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.queries = queries;
    }

    public Optional<Caller> callerOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.verify(token).filter(this::stillValid);
    }

    private boolean stillValid(Caller caller) {
        if (revocations.isRevoked(caller.tokenId())) {
            return false;
        }
        Optional<UserView> user = queries.query(new FindUserByIdQuery(caller.userId()),
                ResponseTypes.optionalInstanceOf(UserView.class)).join();
        return user.filter(UserView::active).filter(u -> u.role() == caller.role()).isPresent();
    }
}
