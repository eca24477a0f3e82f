package com.chatcore.api.conversation;

import java.util.Set;

/**
 * Every account's support sessions ({@link Channel#SUPPORT} conversations), for the agents' desk, newest first;
 * {@code statuses} empty or null: all. Answers a {@link ChatRoomPage}; {@code page} counts from 1.
 */
public record FindAllSupportSessionsQuery(Set<ChatStatus> statuses, int page, int pageSize) {
}
