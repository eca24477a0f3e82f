package com.chatcore.api.guest;

/**
 * The completed session whose guest holds the key hashed to {@code guestKeyHash} ({@link GuestKeyHash});
 * answers {@code Optional<GuestSessionView>}, whose {@code chatRoomId} is the guest's room.
 */
public record FindGuestSessionByKeyQuery(String guestKeyHash) {
}
