package com.chatcore.api.user;

import org.axonframework.serialization.Revision;

/** The profile of an account now holds these values. */
@Revision("1")
public record UserProfileChangedEvent(long userId, String email, String firstName, String lastName) {
}
