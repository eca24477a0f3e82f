package com.chatcore.api.conversation;

/**
 * A user's support sessions ({@link Channel#SUPPORT} conversations), newest first; {@code openOnly}: only those
 * waiting or active. Answers a {@link ChatRoomPage}; {@code page} counts from 1.
 */
public record FindSupportSessionsQuery(long userId, boolean openOnly, int page, int pageSize) {
}
