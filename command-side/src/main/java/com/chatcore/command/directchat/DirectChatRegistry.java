package com.chatcore.command.directchat;

import java.util.Optional;
import java.util.Set;

/**
 * The set-based side of direct chats: which user ids are accounts, and one chat per participant set. Claims
 * are made inside the command's transaction, so a rolled back command frees its set.
 */
public interface DirectChatRegistry {

    /** The ids among {@code userIds} that belong to accounts. */
    Set<Long> existingUsers(Set<Long> userIds);

    /**
     * Claims {@code participants} for {@code chatId}, freeing the set it held before. When a chat (this one
     * included) already holds the set, nothing changes and that chat's id is answered. Two racing claims of
     * one set end with one holder.
     */
    Optional<String> claim(Set<Long> participants, String chatId);

    /** Frees the set {@code chatId} holds. */
    void release(String chatId);
}
