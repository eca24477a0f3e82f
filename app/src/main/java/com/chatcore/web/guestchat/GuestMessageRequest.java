package com.chatcore.web.guestchat;

import com.chatcore.web.error.RequiredText;
import com.fasterxml.jackson.annotation.JsonProperty;

record GuestMessageRequest(
        @RequiredText @JsonProperty("chat_room_id") String chatRoomId,
        @RequiredText String content) {

    static final GuestMessageRequest EMPTY = new GuestMessageRequest(null, null);

    GuestMessageRequest {
        chatRoomId = GuestRequests.strip(chatRoomId);
        content = GuestRequests.strip(content);
    }
}
