package com.chatcore.api.directchat;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Replaces a chat's participants and/or its last message; a null field stays as it is. Answers the chat's
 * version after the change.
 */
public record UpdateDirectChatCommand(String chatId, List<String> participants, LastMessage lastMessage,
        DirectChatActor actor) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.directChat(chatId);
    }
}
