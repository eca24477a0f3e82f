package com.chatcore.security;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Turns an access token into its caller, or nothing when it is forged, expired, revoked (itself or the
 * token family it descends from), older than the account's last password change or names a deactivated
 * account. Shared by the REST filter and the WebSocket handshake.
 */
@Component
public class AccessTokens {

    private final TokenService tokens;
    private final TokenRevocations revocations;
    private final AccountStanding accounts;

    AccessTokens(TokenService tokens, TokenRevocations revocations, AccountStanding accounts) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.accounts = accounts;
    }

    public Optional<Caller> callerOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.verify(token).filter(this::stillHonoured);
    }

    /**
     * Whether a token that was valid is still honoured: neither it nor its family revoked, its account
     * active and not outdated.
     */
    public boolean stillHonoured(Caller caller) {
        return !revocations.isRevoked(caller) && accounts.stillBacks(caller);
    }
}
