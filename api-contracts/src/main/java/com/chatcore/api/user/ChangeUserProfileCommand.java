package com.chatcore.api.user;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the profile fields of an account; the username never changes. */
public record ChangeUserProfileCommand(long userId, String email, String firstName, String lastName) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.user(userId);
    }
}
