package com.chatcore.api.directchat;

import org.axonframework.serialization.Revision;

/** The chat's last message is now this value. */
@Revision("1")
public record LastMessageChangedEvent(String chatId, LastMessage lastMessage) {
}
