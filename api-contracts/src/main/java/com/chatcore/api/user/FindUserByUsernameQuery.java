package com.chatcore.api.user;

/** Answers {@code Optional<UserView>}; usernames compare case-insensitively. */
public record FindUserByUsernameQuery(String username) {
}
