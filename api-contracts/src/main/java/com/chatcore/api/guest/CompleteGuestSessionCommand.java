package com.chatcore.api.guest;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The guest gave their contact details: the session turns into a waiting chat room. The guest's key
 * for that room travels only as {@code guestKeyHash} ({@link GuestKeyHash}); null means the room's id
 * is also the guest's key (deployments that keep one shared id).
 */
public record CompleteGuestSessionCommand(
        @TargetAggregateIdentifier String sessionId,
        String chatRoomId,
        String guestKeyHash,
        String fullName,
        String email,
        String phoneNumber) {
}
