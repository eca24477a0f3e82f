package com.chatcore.api.guest;

import org.axonframework.serialization.Revision;

/**
 * The session was used to open chat room {@code chatRoomId} for chat user {@code chatUserId}. The guest
 * holds a key whose hash is {@code guestKeyHash} ({@link GuestKeyHash}); the key itself is never stored.
 * {@code guestKeyHash} came later: null in older events, and when the deployment keeps one shared id,
 * meaning the room's id is the guest's key.
 */
@Revision("1")
public record GuestSessionCompletedEvent(String sessionId, String chatRoomId, long chatUserId, String guestKeyHash) {
}
