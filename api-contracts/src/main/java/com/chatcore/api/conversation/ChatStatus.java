package com.chatcore.api.conversation;

/** The lifecycle of every conversation: waiting -> active -> resolved -> closed. */
public enum ChatStatus {
    WAITING,
    ACTIVE,
    RESOLVED,
    CLOSED;

    public boolean isFinished() {
        return this == RESOLVED || this == CLOSED;
    }
}
