package com.chatcore.api.user;

import org.axonframework.serialization.Revision;

/** An account was opened. {@code passwordHash} is a one-way hash (BCrypt), never the password. */
@Revision("1")
public record UserRegisteredEvent(
        long userId,
        String username,
        String email,
        String passwordHash,
        String firstName,
        String lastName,
        Role role) {
}
