package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** POST {id}/assign_agent/, {id}/transfer_chat/ and {id}/unassign_agent/. */
class AssignmentIntegrationTest extends ChatRoomsTestSupport {

    private static final String NOT_ACTIVE = "{\"error\": \"Este chat no está activo\"}";
    private static final String TARGET_FULL = "{\"error\": \"El agente no puede tomar más chats en este momento\"}";
    private static final String SAME_AGENT = "{\"error\": \"El chat ya está asignado a este agente\"}";
    private static final String AGENT_REQUIRED = "{\"agent_id\": [\"Este campo es requerido.\"]}";

    @Test
    void aSuperuserAssignsAWaitingChat() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        assertResponse(assign(chat, agent.id()), 200,
                json(fullRoomJson(chat, "active", agent, List.of(initialMessageJson()))));
        assertActiveChats(agent, 1);
    }

    @Test
    void aSuperuserReassignsAnActiveChat() {
        Agent first = newAgent(5);
        Agent second = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, first);

        assertResponse(assign(chat, second.id()), 200,
                json(fullRoomJson(chat, "active", second, List.of(initialMessageJson()))));
        assertActiveChats(first, 0);
        assertActiveChats(second, 1);
        assertResponse(assign(chat, second.id()), 400, SAME_AGENT);
    }

    @Test
    void assigningRespectsTheAgentAndTheChat() {
        Agent full = newAgent(1);
        Agent agent = newAgent(5);
        take(chats.createWaitingChat(), full);
        ChatRoomView chat = chats.createWaitingChat();

        assertResponse(assign(chat, full.id()), 400, TARGET_FULL);
        assertResponse(assign(chat, 987654321L), 400,
                "{\"agent_id\": [\"Pk inválido \\\"987654321\\\" - el objeto no existe.\"]}");
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/assign_agent/", Map.of(), root), 400, AGENT_REQUIRED);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/assign_agent/", null, root), 400, AGENT_REQUIRED);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/assign_agent/", Map.of("agent_id", "uno"), root),
                400, "{\"agent_id\": [\"Se requiere un número entero válido.\"]}");
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/assign_agent/", Map.of("agent_id", agent.id()),
                agent.token()), 403, FORBIDDEN);
        post("/api/chat-rooms/" + chat.id() + "/close/", null, root);
        assertResponse(assign(chat, agent.id()), 400, NOT_ACTIVE);
        assertActiveChats(full, 1);
        assertActiveChats(agent, 0);
    }

    @Test
    void theAgentTransfersTheirChat() {
        Agent from = newAgent(5);
        Agent to = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, from);

        assertResponse(transfer(chat, to.id(), from.token()), 200,
                json(fullRoomJson(chat, "active", to, List.of(initialMessageJson()))));
        assertActiveChats(from, 0);
        assertActiveChats(to, 1);
    }

    @Test
    void aSuperuserTransfersAnyActiveChat() {
        Agent from = newAgent(5);
        Agent to = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, from);

        assertResponse(transfer(chat, to.id(), root), 200,
                json(fullRoomJson(chat, "active", to, List.of(initialMessageJson()))));
        assertActiveChats(from, 0);
        assertActiveChats(to, 1);
    }

    @Test
    void transfersRespectHolderTargetAndState() {
        Agent holder = newAgent(5);
        Agent colleague = newAgent(5);
        Agent full = newAgent(1);
        take(chats.createWaitingChat(), full);
        ChatRoomView waiting = chats.createWaitingChat();
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, holder);

        assertResponse(transfer(chat, colleague.id(), colleague.token()), 403, FORBIDDEN);
        assertResponse(transfer(chat, holder.id(), holder.token()), 400, SAME_AGENT);
        assertResponse(transfer(chat, full.id(), holder.token()), 400, TARGET_FULL);
        assertResponse(transfer(chat, 987654321L, holder.token()), 400,
                "{\"agent_id\": [\"Pk inválido \\\"987654321\\\" - el objeto no existe.\"]}");
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/transfer_chat/", Map.of(), holder.token()), 400,
                AGENT_REQUIRED);
        assertResponse(transfer(waiting, colleague.id(), root), 400, NOT_ACTIVE);
        assertActiveChats(holder, 1);
        assertActiveChats(colleague, 0);
        assertActiveChats(full, 1);
    }

    @Test
    void aSuperuserUnassignsAnActiveChatBackToTheQueue() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/unassign_agent/", null, colleague.token()), 403,
                FORBIDDEN);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/unassign_agent/", null, root), 200,
                json(fullRoomJson(chat, "waiting", null, List.of(initialMessageJson()))));
        assertActiveChats(agent, 0);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/unassign_agent/", null, root), 400, NOT_ACTIVE);
        take(chat, agent);
        assertActiveChats(agent, 1);
    }

    private ApiClient.Response assign(ChatRoomView chat, long agentId) {
        return post("/api/chat-rooms/" + chat.id() + "/assign_agent/", Map.of("agent_id", agentId), root);
    }

    private ApiClient.Response transfer(ChatRoomView chat, long agentId, String token) {
        return post("/api/chat-rooms/" + chat.id() + "/transfer_chat/", Map.of("agent_id", agentId), token);
    }
}
