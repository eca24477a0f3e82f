package com.chatcore.api.audit;

/** Whose history an auditor reads: a conversation of any kind (seeds 003, 002, 000), an agent or an account. */
public enum AuditSubject {
    CONVERSATION,
    AGENT,
    USER
}
