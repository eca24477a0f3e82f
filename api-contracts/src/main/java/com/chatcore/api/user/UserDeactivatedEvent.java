package com.chatcore.api.user;

import org.axonframework.serialization.Revision;

/** The account was closed; it cannot log in any more. */
@Revision("1")
public record UserDeactivatedEvent(long userId) {
}
