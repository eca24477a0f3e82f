package com.chatcore.api.notification;

/** What a notification tells its recipient about; seed 003 writes these in lower case. */
public enum NotificationType {
    /** To agents: a chat entered the waiting queue. */
    NEW_CHAT,
    /** To the agent holding the chat (the customer wrote) or to the guest (an agent wrote). */
    NEW_MESSAGE,
    /** To the agent a chat was assigned to. */
    CHAT_ASSIGNED,
    /** To the agent a chat was transferred to. */
    CHAT_TRANSFERRED,
    /** To the agent that held the chat, and to the guest. */
    CHAT_RESOLVED,
    /** To the guest: an agent now attends the chat. */
    AGENT_JOINED
}
