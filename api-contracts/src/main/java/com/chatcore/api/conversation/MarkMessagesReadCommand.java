package com.chatcore.api.conversation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Marks messages of the other side as read by {@code reader}; {@code messageIds == null} means all of
 * them. Answers the number of messages that were unread and are now read.
 */
public record MarkMessagesReadCommand(@TargetAggregateIdentifier String chatRoomId, Reader reader,
        List<String> messageIds) {
}
