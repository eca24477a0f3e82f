package com.chatcore.api.user;

/** The active accounts of one role, oldest first, at most {@code limit}. Answers {@code List<UserView>}. */
public record FindUsersByRoleQuery(Role role, int limit) {
}
