package com.chatcore.command.directchat;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps {@code direct_chat_lookup}: one row per participant set, keyed by the SHA-256 of the sorted ids (a
 * fixed-size key for a set of any size). {@code ON CONFLICT DO NOTHING} waits for a competing transaction
 * and never aborts ours, so two chats racing for one set end with one holder, which the loser then reads.
 * Accounts are read from {@code user_lookup}, the accounts' own set-based table.
 */
@Component
class JdbcDirectChatRegistry implements DirectChatRegistry {

    /** A holder that deletes its row between our insert and our read makes us try again; twice is plenty. */
    private static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;

    JdbcDirectChatRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> existingUsers(Set<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("SELECT user_id FROM user_lookup WHERE user_id = ANY(?)", Long.class,
                (Object) userIds.toArray(Long[]::new)));
    }

    @Override
    public Optional<String> claim(Set<Long> participants, String chatId) {
        String key = key(participants);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int inserted = jdbc.update("""
                    INSERT INTO direct_chat_lookup (participant_key, chat_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING""", key, chatId);
            if (inserted == 1) {
                jdbc.update("DELETE FROM direct_chat_lookup WHERE chat_id = ? AND participant_key <> ?", chatId, key);
                return Optional.empty();
            }
            Optional<String> holder = jdbc.queryForList(
                    "SELECT chat_id FROM direct_chat_lookup WHERE participant_key = ?", String.class, key)
                    .stream().findFirst();
            if (holder.isPresent()) {
                return holder;
            }
        }
        throw new IllegalStateException("participant set claimed and freed repeatedly: " + key);
    }

    @Override
    public void release(String chatId) {
        jdbc.update("DELETE FROM direct_chat_lookup WHERE chat_id = ?", chatId);
    }

    static String key(Set<Long> participants) {
        String sorted = participants.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sorted.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
