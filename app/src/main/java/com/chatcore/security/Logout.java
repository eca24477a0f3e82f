package com.chatcore.security;

import org.springframework.stereotype.Component;

/** Ends a session: the caller's token is refused from now on, everywhere. */
@Component
public class Logout {

    private final TokenRevocations revocations;

    Logout(TokenRevocations revocations) {
        this.revocations = revocations;
    }

    public void revokeTokenOf(Caller caller) {
        revocations.revoke(caller);
    }
}
