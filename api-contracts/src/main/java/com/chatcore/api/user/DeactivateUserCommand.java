package com.chatcore.api.user;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes an account for good: it can no longer log in, its history stays. */
public record DeactivateUserCommand(long userId) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.user(userId);
    }
}
