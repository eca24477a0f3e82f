package com.chatcore.api.user;

/** What an account may do: customers ({@code USER}), support agents and superusers. */
public enum Role {
    USER,
    AGENT,
    SUPERUSER
}
