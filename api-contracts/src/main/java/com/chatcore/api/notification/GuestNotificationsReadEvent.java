package com.chatcore.api.notification;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The guest of the chat room read these notifications addressed to them. */
@Revision("1")
public record GuestNotificationsReadEvent(String chatRoomId, List<String> notificationIds) {
}
