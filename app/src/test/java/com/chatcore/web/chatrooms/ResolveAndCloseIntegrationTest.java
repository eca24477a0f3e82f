package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import org.junit.jupiter.api.Test;

import java.util.List;

/** POST {id}/resolve/ and {id}/close/. */
class ResolveAndCloseIntegrationTest extends ChatRoomsTestSupport {

    private static final String NOT_ACTIVE = "{\"error\": \"Este chat no está activo\"}";

    @Test
    void theAgentResolvesTheirChat() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/resolve/", null, agent.token()), 200,
                json(fullRoomJson(chat, "resolved", agent, List.of(initialMessageJson()))));
        assertActiveChats(agent, 0);
    }

    @Test
    void aSuperuserResolvesAnyActiveChat() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/resolve", null, root), 200,
                json(fullRoomJson(chat, "resolved", agent, List.of(initialMessageJson()))));
        assertActiveChats(agent, 0);
    }

    @Test
    void finishedChatsAreNotResolvedAgain() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        ChatRoomView closed = chats.createWaitingChat();
        post("/api/chat-rooms/" + closed.id() + "/close/", null, root);

        take(chat, agent);
        post("/api/chat-rooms/" + chat.id() + "/resolve/", null, agent.token());
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/resolve/", null, agent.token()), 400, NOT_ACTIVE);
        assertResponse(post("/api/chat-rooms/" + closed.id() + "/resolve/", null, root), 400, NOT_ACTIVE);
        assertActiveChats(agent, 0);
    }

    @Test
    void aSuperuserResolvesAWaitingChat() {
        ChatRoomView chat = chats.createWaitingChat();

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/resolve/", null, root), 200,
                json(fullRoomJson(chat, "resolved", null, List.of(initialMessageJson()))));
    }

    @Test
    void anotherAgentCannotResolveOrClose() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/resolve/", null, colleague.token()), 403, FORBIDDEN);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/close/", null, colleague.token()), 403, FORBIDDEN);
        assertActiveChats(agent, 1);
    }

    @Test
    void theAgentClosesTheirActiveChat() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/close/", null, agent.token()), 200,
                json(fullRoomJson(chat, "closed", agent, List.of(initialMessageJson()))));
        assertActiveChats(agent, 0);
    }

    @Test
    void closingAResolvedChatFreesNothingTwice() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        ChatRoomView other = chats.createWaitingChat();
        take(chat, agent);
        take(other, agent);
        post("/api/chat-rooms/" + chat.id() + "/resolve/", null, agent.token());

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/close/", null, agent.token()), 200,
                json(fullRoomJson(chat, "closed", agent, List.of(initialMessageJson()))));
        assertActiveChats(agent, 1);
    }

    @Test
    void aSuperuserOrAnyAgentClosesAWaitingChat() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        ChatRoomView other = chats.createWaitingChat();

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/close/", null, root), 200,
                json(fullRoomJson(chat, "closed", null, List.of(initialMessageJson()))));
        assertResponse(post("/api/chat-rooms/" + other.id() + "/close/", null, agent.token()), 200,
                json(fullRoomJson(other, "closed", null, List.of(initialMessageJson()))));
        assertActiveChats(agent, 0);
    }

    @Test
    void aClosedChatCannotBeClosedAgain() {
        ChatRoomView chat = chats.createWaitingChat();
        post("/api/chat-rooms/" + chat.id() + "/close/", null, root);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/close/", null, root), 400,
                "{\"error\": \"Este chat ya está cerrado\"}");
    }
}
