package com.chatcore.security;

import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import com.chatcore.config.ChatProperties;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * SimpleJWT-style token pairs: a short-lived access token and a refresh token that is good for one
 * refresh only (rotation). Revoking the old refresh token is the atomic step, so two concurrent refreshes
 * with the same token cannot both succeed.
 */
@Component
public class TokenPairs {

    public record Pair(String access, String refresh) {
    }

    private final TokenService tokens;
    private final TokenRevocations revocations;
    private final QueryGateway queries;
    private final ChatProperties.Jwt settings;

    TokenPairs(TokenService tokens, TokenRevocations revocations, QueryGateway queries, ChatProperties properties) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.queries = queries;
        this.settings = properties.jwt();
    }

    public Pair issue(long userId, Role role) {
        return new Pair(tokens.issue(userId, role, settings.accessLifetime()), tokens.issueRefresh(userId, role));
    }

    /** A new pair for a valid, unrevoked refresh token of an active account, which is revoked; else empty. */
    public Optional<Pair> refresh(String refreshToken) {
        return tokens.verifyRefresh(refreshToken)
                .filter(this::accountStillValid)
                .filter(revocations::revoke)
                .map(caller -> issue(caller.userId(), caller.role()));
    }

    private boolean accountStillValid(Caller caller) {
        Optional<UserView> user = queries.query(new FindUserByIdQuery(caller.userId()),
                ResponseTypes.optionalInstanceOf(UserView.class)).join();
        return user.filter(UserView::active).filter(u -> u.role() == caller.role()).isPresent();
    }
}
