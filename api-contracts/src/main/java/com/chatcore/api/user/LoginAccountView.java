package com.chatcore.api.user;

/** What a login check needs: the account, its password hash and whether it may still log in. */
public record LoginAccountView(long userId, String username, String passwordHash, Role role, boolean active) {
}
