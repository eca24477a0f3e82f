package com.chatcore.api.directchat;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a chat's last message. Answers the chat's version after the change. */
public record ChangeLastMessageCommand(String chatId, LastMessage lastMessage, DirectChatActor actor) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.directChat(chatId);
    }
}
