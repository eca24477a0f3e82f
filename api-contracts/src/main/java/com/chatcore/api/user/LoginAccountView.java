package com.chatcore.api.user;

/**
 * What a login check needs: the account, its password hash, whether it may still log in, and the token
 * generation a token issued now belongs to (see {@link UserView}).
 */
public record LoginAccountView(long userId, String username, String passwordHash, Role role, boolean active,
        long tokenGeneration) {
}
