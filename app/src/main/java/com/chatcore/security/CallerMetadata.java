package com.chatcore.security;

/** Metadata keys that carry the caller on every command and, through correlation, on every event. */
public final class CallerMetadata {

    public static final String CALLER_ID = "callerId";
    public static final String CALLER_ROLE = "callerRole";
    public static final String CORRELATION_ID = "correlationId";
    /** The id of the message that caused this one (Axon's own "correlationId", renamed). */
    public static final String CAUSATION_ID = "causationId";
    public static final String SYSTEM = "system";

    private CallerMetadata() {
    }
}
