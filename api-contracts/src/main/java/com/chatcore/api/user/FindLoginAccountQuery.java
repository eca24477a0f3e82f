package com.chatcore.api.user;

/** Answers {@code Optional<LoginAccountView>}; usernames compare case-insensitively. */
public record FindLoginAccountQuery(String username) {
}
