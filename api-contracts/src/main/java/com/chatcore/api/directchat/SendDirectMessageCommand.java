package com.chatcore.api.directchat;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * A participant sends a message to a chat; the chat's {@code lastMessage} becomes {@code lastMessage} (the
 * adapter's {@code {text, sender, timestamp}} for it). Answers the chat's version after the change.
 */
public record SendDirectMessageCommand(String chatId, String messageId, String content, LastMessage lastMessage,
        DirectChatActor actor) {

    public SendDirectMessageCommand {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(lastMessage, "lastMessage");
    }

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.directChat(chatId);
    }
}
