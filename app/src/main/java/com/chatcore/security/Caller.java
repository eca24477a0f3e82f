package com.chatcore.security;

import com.chatcore.api.user.Role;

import java.time.Instant;

/**
 * The authenticated principal of a request: who, with which role, through which token, the account's
 * token generation that token was issued under, and the token family (the {@code /api/token/} login) it
 * descends from; {@code tokenFamily} is null for a seed 003 login token, which belongs to no family.
 */
public record Caller(long userId, Role role, String tokenId, Instant tokenExpiresAt, long tokenGeneration,
        String tokenFamily) {

    public boolean is(Role expected) {
        return role == expected;
    }
}
