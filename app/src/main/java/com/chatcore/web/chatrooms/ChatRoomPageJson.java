package com.chatcore.web.chatrooms;

import com.chatcore.web.livechat.ChatRoomJson;
import com.chatcore.web.livechat.PaginationJson;

import java.util.List;

/** {@code all_chats}: a page of chat rooms with their latest messages. */
record ChatRoomPageJson(List<ChatRoomJson> chats, PaginationJson pagination) {
}
