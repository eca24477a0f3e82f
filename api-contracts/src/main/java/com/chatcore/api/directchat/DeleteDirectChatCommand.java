package com.chatcore.api.directchat;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes a chat for good; its participant set may then open a new one. Answers the deleting event's version. */
public record DeleteDirectChatCommand(String chatId, DirectChatActor actor) {

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.directChat(chatId);
    }
}
