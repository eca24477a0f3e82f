package com.chatcore.web.livechat;

/**
 * What {@code complete_chat} hands a guest for a new room: {@code key}, answered as the guest's
 * {@code chat_room_id}, and {@code hash}, the only form of it the domain receives (null when the room's
 * id is the key).
 */
public record GuestKey(String key, String hash) {
}
