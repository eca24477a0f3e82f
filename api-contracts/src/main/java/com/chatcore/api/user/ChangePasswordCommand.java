package com.chatcore.api.user;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a new password, given as a one-way hash. */
public record ChangePasswordCommand(long userId, String passwordHash) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.user(userId);
    }
}
