package com.chatcore.api.conversation;

import java.util.List;

/**
 * Answers {@code List<ChatMessageView>}: the last {@code limitPerChat} messages of each chat, in one
 * round trip (chat lists embed messages without N+1 queries).
 */
public record FindMessagesForChatsQuery(List<String> chatRoomIds, int limitPerChat) {
}
