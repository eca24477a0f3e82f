package com.chatcore.operations;

/** A replay that cannot start now: one is running, the projection does not support it, or another node holds it. */
public class ReplayRefusedException extends RuntimeException {

    public ReplayRefusedException(String reason) {
        super(reason);
    }
}
