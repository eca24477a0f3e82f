package com.chatcore.security;

import org.springframework.stereotype.Component;

/** Ends a session: the caller's token is refused from now on, everywhere. */
@Component
public class Logout {

    private final TokenRevocations revocations;
    private final TokenService tokens;

    Logout(TokenRevocations revocations, TokenService tokens) {
        this.revocations = revocations;
        this.tokens = tokens;
    }

    /** Revokes the caller's own refresh token; anything else (invalid, someone else's) is left alone. */
    public void revokeRefreshToken(Caller caller, String refreshToken) {
        tokens.verifyRefresh(refreshToken)
                .map(TokenService.Refresh::caller)
                .filter(owner -> owner.userId() == caller.userId())
                .ifPresent(revocations::revoke);
    }

    public void revokeTokenOf(Caller caller) {
        revocations.revoke(caller);
    }
}
