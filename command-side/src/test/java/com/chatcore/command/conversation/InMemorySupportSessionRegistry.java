package com.chatcore.command.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link SupportSessionRegistry} in memory: one open session per user. */
final class InMemorySupportSessionRegistry implements SupportSessionRegistry {

    private final Map<Long, String> holders = new HashMap<>();

    /** The session holding this user's claim, if any. */
    Optional<String> holderOf(long userId) {
        return Optional.ofNullable(holders.get(userId));
    }

    @Override
    public Optional<String> claim(long userId, String sessionId) {
        String holder = holders.get(userId);
        if (holder != null) {
            return Optional.of(holder);
        }
        holders.put(userId, sessionId);
        return Optional.empty();
    }

    @Override
    public void release(String sessionId) {
        holders.values().removeIf(sessionId::equals);
    }
}
