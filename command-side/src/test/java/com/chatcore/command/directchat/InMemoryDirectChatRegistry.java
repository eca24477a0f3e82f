package com.chatcore.command.directchat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link DirectChatRegistry} in memory: the accounts given, and one chat per participant set. */
final class InMemoryDirectChatRegistry implements DirectChatRegistry {

    private final Set<Long> users = new HashSet<>();
    private final Map<Set<Long>, String> holders = new HashMap<>();

    InMemoryDirectChatRegistry users(long... ids) {
        for (long id : ids) {
            users.add(id);
        }
        return this;
    }

    /** The chat holding this set, if any. */
    Optional<String> holderOf(Set<Long> participants) {
        return Optional.ofNullable(holders.get(participants));
    }

    @Override
    public Set<Long> existingUsers(Set<Long> userIds) {
        Set<Long> existing = new HashSet<>(userIds);
        existing.retainAll(users);
        return existing;
    }

    @Override
    public Optional<String> claim(Set<Long> participants, String chatId) {
        String holder = holders.get(participants);
        if (holder != null) {
            return Optional.of(holder);
        }
        release(chatId);
        holders.put(Set.copyOf(participants), chatId);
        return Optional.empty();
    }

    @Override
    public void release(String chatId) {
        holders.values().removeIf(chatId::equals);
    }
}
