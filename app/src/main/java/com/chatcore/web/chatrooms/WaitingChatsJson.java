package com.chatcore.web.chatrooms;

import com.chatcore.web.livechat.PaginationJson;
import com.chatcore.web.livechat.WaitingChatJson;

import java.util.List;

/** {@code waiting_chats}: a page of the waiting queue. */
record WaitingChatsJson(List<WaitingChatJson> chats, PaginationJson pagination) {
}
