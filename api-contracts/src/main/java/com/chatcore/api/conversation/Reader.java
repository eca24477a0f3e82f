package com.chatcore.api.conversation;

/** The side that reads: the agent reads the customer's messages, the customer ({@code USER}) the agent's. */
public enum Reader {
    AGENT,
    USER
}
