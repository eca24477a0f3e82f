package com.chatcore.web.directchats;

/** {@code PATCH .../last-message}'s body: {@code lastMessage}, any JSON value, {@code null} included. */
record LastMessageRequest(RawJsonValue lastMessage) {
}
