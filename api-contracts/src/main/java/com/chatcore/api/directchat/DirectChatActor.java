package com.chatcore.api.directchat;

/**
 * Who acts on a direct chat: a user takes part in the chats it acts on; staff (agents, superusers) may act on
 * any chat.
 */
public record DirectChatActor(long userId, boolean staff) {
}
