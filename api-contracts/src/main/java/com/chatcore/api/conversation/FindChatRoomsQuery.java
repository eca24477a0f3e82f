package com.chatcore.api.conversation;

import java.util.Set;

/**
 * Answers {@link ChatRoomPage}, newest activity first. Null filters match everything; {@code page} is
 * 1-based.
 */
public record FindChatRoomsQuery(Set<ChatStatus> statuses, Long agentId, int page, int pageSize) {
}
