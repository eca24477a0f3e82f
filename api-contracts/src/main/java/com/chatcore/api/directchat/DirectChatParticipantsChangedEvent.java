package com.chatcore.api.directchat;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The chat's participants are now these users (distinct, in the order the client named them). */
@Revision("1")
public record DirectChatParticipantsChangedEvent(String chatId, List<Long> participantIds) {
}
