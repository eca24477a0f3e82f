package com.chatcore.command.conversation;

import java.util.Optional;

/**
 * The set-based side of support sessions: at most one open session per user. Claims are made inside the
 * command's transaction, so a rolled back command frees its claim.
 */
public interface SupportSessionRegistry {

    /**
     * Claims the user's one open session for {@code sessionId}. When another session holds it, nothing changes
     * and that session's id is answered. Two racing claims of one user end with one holder.
     */
    Optional<String> claim(long userId, String sessionId);

    /** Frees the claim {@code sessionId} holds, if any: it was resolved or closed. */
    void release(String sessionId);
}
