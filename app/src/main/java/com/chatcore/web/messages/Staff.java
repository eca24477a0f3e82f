package com.chatcore.web.messages;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;

/**
 * The agent side of a request: a superuser ({@code agentId == null}) or one agent. A superuser may act
 * on every chat; an agent on the chats they hold, and may look at waiting chats.
 */
record Staff(Long agentId) {

    static Staff superuser() {
        return new Staff(null);
    }

    boolean isSuperuser() {
        return agentId == null;
    }

    boolean holds(ChatRoomView room) {
        return isSuperuser() || (room.agent() != null && room.agent().id() == agentId);
    }

    boolean maySee(ChatRoomView room) {
        return holds(room) || room.status() == ChatStatus.WAITING;
    }
}
