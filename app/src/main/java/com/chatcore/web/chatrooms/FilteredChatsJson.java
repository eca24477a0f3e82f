package com.chatcore.web.chatrooms;

import com.chatcore.web.livechat.ListedChatJson;
import com.chatcore.web.livechat.PaginationJson;

import java.util.List;

/** {@code filtered_chats}: a page of chat rooms without their messages. */
record FilteredChatsJson(List<ListedChatJson> chats, PaginationJson pagination) {
}
