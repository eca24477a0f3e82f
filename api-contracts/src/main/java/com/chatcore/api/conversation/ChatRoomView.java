package com.chatcore.api.conversation;

import java.time.Instant;

/**
 * A conversation as the live-chat read model shows it. {@code priority} is the effective queue
 * priority (explicit, or escalated by waiting time). Agent fields are null when nobody holds it.
 */
public record ChatRoomView(
        String id,
        Channel channel,
        ChatUser chatUser,
        String initialMessage,
        ChatStatus status,
        AgentRef agent,
        Priority priority,
        Instant createdAt,
        Instant updatedAt,
        int unreadByAgent,
        int unreadByUser) {

    /** Whether the chat is active with {@code agentId}: what a take, an assignment or a transfer to it leaves. */
    public boolean heldBy(long agentId) {
        return status == ChatStatus.ACTIVE && agent != null && agent.id() == agentId;
    }

    /** The agent holding a chat or sending a message, with the names the seed shows. */
    public record AgentRef(long id, long userId, String firstName, String lastName) {
    }
}
