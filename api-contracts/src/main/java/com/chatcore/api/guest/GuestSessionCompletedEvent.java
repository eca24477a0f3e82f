package com.chatcore.api.guest;

import org.axonframework.serialization.Revision;

/** The session was used to open chat room {@code chatRoomId} for chat user {@code chatUserId}. */
@Revision("1")
public record GuestSessionCompletedEvent(String sessionId, String chatRoomId, long chatUserId) {
}
