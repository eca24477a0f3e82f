package com.chatcore.api.conversation;

/** Queue priority of a waiting chat. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
