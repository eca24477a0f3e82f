package com.chatcore.api.conversation;

/** Where a conversation comes from: a guest on the web (seed 003), a signed-in user's support session (001). */
public enum Channel {
    WEB_GUEST,
    SUPPORT
}
