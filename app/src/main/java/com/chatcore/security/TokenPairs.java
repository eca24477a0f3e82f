package com.chatcore.security;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.config.ChatProperties;
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
    private final AccountStanding accounts;
    private final ChatProperties.Jwt settings;

    TokenPairs(TokenService tokens, TokenRevocations revocations, AccountStanding accounts,
            ChatProperties properties) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.accounts = accounts;
        this.settings = properties.jwt();
    }

    public Pair issue(LoginAccountView account) {
        return issue(new TokenService.Subject(account.userId(), account.role(), account.tokenGeneration()));
    }

    private Pair issue(TokenService.Subject subject) {
        return new Pair(tokens.issue(subject, settings.accessLifetime()), tokens.issueRefresh(subject));
    }

    /**
     * A new pair for a valid, unrevoked refresh token that its account still backs (active, no password
     * change since), which is revoked; else empty.
     */
    public Optional<Pair> refresh(String refreshToken) {
        return tokens.verifyRefresh(refreshToken)
                .filter(accounts::stillBacks)
                .filter(revocations::revoke)
                .map(caller -> issue(new TokenService.Subject(caller.userId(), caller.role(),
                        caller.tokenGeneration())));
    }
}
