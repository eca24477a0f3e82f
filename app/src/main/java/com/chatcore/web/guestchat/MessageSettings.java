package com.chatcore.web.guestchat;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code chat.messages.*}: the longest message (and initial message) a guest may send, in characters. */
@ConfigurationProperties("chat.messages")
record MessageSettings(Integer maxLength) {

    MessageSettings {
        maxLength = maxLength == null ? 500 : maxLength;
        if (maxLength < 1) {
            throw new IllegalArgumentException("chat.messages.max-length must be at least 1, was " + maxLength);
        }
    }
}
