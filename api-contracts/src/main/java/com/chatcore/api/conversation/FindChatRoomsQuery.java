package com.chatcore.api.conversation;

import java.util.Set;

/**
 * Answers {@link ChatRoomPage}, newest activity first. Null filters match everything; {@code page} is
 * 1-based. {@code visibleToAgentId}, when set, keeps only the chats that agent may see: the waiting
 * ones and their own.
 */
public record FindChatRoomsQuery(Set<ChatStatus> statuses, Long agentId, Long visibleToAgentId, int page,
        int pageSize) {

    public FindChatRoomsQuery(Set<ChatStatus> statuses, Long agentId, int page, int pageSize) {
        this(statuses, agentId, null, page, pageSize);
    }
}
