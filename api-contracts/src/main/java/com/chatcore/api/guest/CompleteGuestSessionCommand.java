package com.chatcore.api.guest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The guest gave their contact details: the session turns into a waiting chat room. */
public record CompleteGuestSessionCommand(
        @TargetAggregateIdentifier String sessionId,
        String chatRoomId,
        String fullName,
        String email,
        String phoneNumber) {
}
