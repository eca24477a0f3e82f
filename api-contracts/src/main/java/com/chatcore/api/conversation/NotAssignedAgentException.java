package com.chatcore.api.conversation;

/** An agent tried to act on a chat that is not assigned to them (403). */
public class NotAssignedAgentException extends RuntimeException {

    private final String chatRoomId;
    private final long agentId;

    public NotAssignedAgentException(String chatRoomId, long agentId) {
        super("Agent " + agentId + " is not assigned to chat " + chatRoomId);
        this.chatRoomId = chatRoomId;
        this.agentId = agentId;
    }

    public String chatRoomId() {
        return chatRoomId;
    }

    public long agentId() {
        return agentId;
    }
}
