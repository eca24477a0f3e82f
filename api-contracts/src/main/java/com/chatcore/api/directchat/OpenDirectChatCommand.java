package com.chatcore.api.directchat;

import java.util.List;

/**
 * Opens a chat between the given users, or finds the one they already share: answers
 * {@link DirectChatOpened}. {@code participants} are the ids as the client sent them (text; an id that is
 * not a user's is refused by the rules), duplicates allowed. It names no target aggregate, so it runs on
 * the node that received it.
 */
public record OpenDirectChatCommand(String chatId, List<String> participants, LastMessage lastMessage,
        DirectChatActor actor) {
}
