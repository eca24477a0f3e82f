package com.chatcore.api.user;

import org.axonframework.serialization.Revision;

/** The account's password was replaced; {@code passwordHash} is a one-way hash. */
@Revision("1")
public record UserPasswordChangedEvent(long userId, String passwordHash) {
}
