package com.chatcore.web.guestchat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chat.guest.*}: how many pre-chat sessions, chats and messages guests may create, per hour and
 * per minute.
 */
@ConfigurationProperties("chat.guest")
record GuestChatLimits(Integer maxChatsPerHourPerEmail, Integer maxChatsPerHourPerIp, Integer maxMessagesPerMinute,
        Integer maxSessionsPerHourPerIp) {

    GuestChatLimits {
        maxChatsPerHourPerEmail = positive("max-chats-per-hour-per-email", maxChatsPerHourPerEmail, 5);
        maxChatsPerHourPerIp = positive("max-chats-per-hour-per-ip", maxChatsPerHourPerIp, 30);
        maxMessagesPerMinute = positive("max-messages-per-minute", maxMessagesPerMinute, 10);
        maxSessionsPerHourPerIp = positive("max-sessions-per-hour-per-ip", maxSessionsPerHourPerIp, 60);
    }

    private static int positive(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("chat.guest." + name + " must be at least 1, was " + value);
        }
        return value;
    }
}
