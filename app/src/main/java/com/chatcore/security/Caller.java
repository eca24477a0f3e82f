package com.chatcore.security;

import com.chatcore.api.user.Role;

import java.time.Instant;

/**
 * The authenticated principal of a request: who, with which role, through which token, and the
 * account's token generation that token was issued under.
 */
public record Caller(long userId, Role role, String tokenId, Instant tokenExpiresAt, long tokenGeneration) {

    public boolean is(Role expected) {
        return role == expected;
    }
}
