package com.chatcore.api.directchat;

import com.chatcore.api.AggregateIds;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A participant has seen these messages of the chat. Answers the chat's version after the change. */
public record MarkDirectMessagesSeenCommand(String chatId, List<String> messageIds, DirectChatActor actor) {

    public MarkDirectMessagesSeenCommand {
        messageIds = List.copyOf(messageIds);
    }

    @TargetAggregateIdentifier
    public String targetAggregateId() {
        return AggregateIds.directChat(chatId);
    }
}
