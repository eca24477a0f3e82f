package com.chatcore.api.directchat;

import java.util.List;

/** One page of direct chats and the total number matching the query. */
public record DirectChatPage(List<DirectChatView> chats, long total) {
}
