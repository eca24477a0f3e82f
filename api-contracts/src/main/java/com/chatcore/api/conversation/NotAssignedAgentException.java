package com.chatcore.api.conversation;

/** An agent tried to act on a chat that is not assigned to them (403). */
public class NotAssignedAgentException extends RuntimeException {

    public NotAssignedAgentException(String chatRoomId, long agentId) {
        super("Agent " + agentId + " is not assigned to chat " + chatRoomId);
    }
}
