package com.chatcore.api.user;

/**
 * What an account may do: customers ({@code USER}), support agents, superusers, and auditors, who read
 * the history of every conversation and change nothing.
 */
public enum Role {
    USER,
    AGENT,
    SUPERUSER,
    AUDITOR
}
