package com.chatcore.api.notification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * The guest of the chat room read these notifications. The caller passes only ids that are addressed to
 * that guest and unread (the conversation does not track notifications); an empty list changes nothing.
 */
public record MarkGuestNotificationsReadCommand(@TargetAggregateIdentifier String chatRoomId,
        List<String> notificationIds) {
}
