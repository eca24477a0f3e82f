package com.chatcore.api.conversation;

/** Who wrote a message: the customer ({@code USER}), an agent, or the system. */
public enum SenderType {
    USER,
    AGENT,
    SYSTEM
}
