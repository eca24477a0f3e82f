package com.chatcore.web.livechat;

import com.chatcore.api.conversation.ChatRoomView;

/**
 * A guest's chat room as its guest addresses it: {@code key} (canonical form) is what guest routes
 * answer as {@code chat_room_id}; {@code room.id()} is the room id agents know.
 */
public record GuestRoom(String key, ChatRoomView room) {
}
