package com.chatcore.security;

import org.springframework.stereotype.Component;

/**
 * Ends a session: the caller's token is refused from now on, everywhere, and so is every token of the
 * login (token family) it descends from, refresh tokens included.
 */
@Component
public class Logout {

    private final TokenRevocations revocations;
    private final TokenService tokens;

    Logout(TokenRevocations revocations, TokenService tokens) {
        this.revocations = revocations;
        this.tokens = tokens;
    }

    /**
     * Revokes the caller's own refresh token and its family; anything else (invalid, someone else's) is
     * left alone.
     */
    public void revokeRefreshToken(Caller caller, String refreshToken) {
        tokens.verifyRefresh(refreshToken)
                .filter(refresh -> refresh.caller().userId() == caller.userId())
                .ifPresent(refresh -> {
                    revocations.revoke(refresh.caller());
                    revocations.revokeFamily(refresh.login().id(), caller.userId(),
                            TokenRevocations.FamilyEnd.LOGOUT);
                });
    }

    /** Revokes the caller's token and, when it has one, its family. */
    public void revokeTokenOf(Caller caller) {
        revocations.revoke(caller);
        if (caller.tokenFamily() != null) {
            revocations.revokeFamily(caller.tokenFamily(), caller.userId(), TokenRevocations.FamilyEnd.LOGOUT);
        }
    }
}
