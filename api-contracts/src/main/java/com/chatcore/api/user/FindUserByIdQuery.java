package com.chatcore.api.user;

/** Answers {@code Optional<UserView>}. */
public record FindUserByIdQuery(long userId) {
}
