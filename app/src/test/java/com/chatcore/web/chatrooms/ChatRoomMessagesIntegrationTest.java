package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GET {id}/messages/ and POST {id}/send_message/. */
class ChatRoomMessagesIntegrationTest extends ChatRoomsTestSupport {

    @Test
    void theAssignedAgentAnswersAndReadsTheConversation() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        ApiClient.Response sent = post("/api/chat-rooms/" + chat.id() + "/send_message/",
                Map.of("content", "Hola Ana, ¿en qué te ayudo?", "message_type", "text"), agent.token());
        chats.customerSays(chat.id(), "Mi pedido no llega");

        assertResponse(sent, 201, json(sentJson(chat, "Hola Ana, ¿en qué te ayudo?", agent)));
        assertResponse(get("/api/chat-rooms/" + chat.id() + "/messages/", agent.token()), 200, json(List.of(
                withUserSender(initialMessageJson()),
                withAgentSender(messageJson("agent", "Hola Ana, ¿en qué te ayudo?", false), agent),
                withUserSender(messageJson("user", "Mi pedido no llega", false)))));
    }

    @Test
    void messageTypeDefaultsToTextAndContentIsTrimmed() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/send_message", Map.of("content", "  Listo \n"),
                agent.token()), 201, json(sentJson(chat, "Listo", agent)));
    }

    @Test
    void contentHasAtMostFiveHundredCharacters() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);
        String path = "/api/chat-rooms/" + chat.id() + "/send_message/";

        assertResponse(post(path, Map.of("content", "ñ".repeat(500)), agent.token()), 201,
                json(sentJson(chat, "ñ".repeat(500), agent)));
        assertResponse(post(path, Map.of("content", "a".repeat(501)), agent.token()), 400,
                "{\"content\": [\"Asegúrese de que este campo no tenga más de 500 caracteres.\"]}");
    }

    @Test
    void badMessagesAreRefusedFieldByField() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);
        String path = "/api/chat-rooms/" + chat.id() + "/send_message/";

        assertResponse(post(path, Map.of(), agent.token()), 400, "{\"content\": [\"Este campo es requerido.\"]}");
        assertResponse(post(path, null, agent.token()), 400, "{\"content\": [\"Este campo es requerido.\"]}");
        assertResponse(post(path, Map.of("content", "   "), agent.token()), 400,
                "{\"content\": [\"Este campo no puede estar en blanco.\"]}");
        assertResponse(post(path, Map.of("content", "", "message_type", "system"), agent.token()), 400, """
                {"content": ["Este campo no puede estar en blanco."],
                 "message_type": ["Escoja una opción válida. system no es una de las opciones disponibles."]}""");
        assertResponse(post(path, "{\"content\": ", agent.token()), 400, "{\"detail\": \"JSON mal formado.\"}");
        assertResponse(get("/api/chat-rooms/" + chat.id() + "/messages/", agent.token()), 200,
                json(List.of(withUserSender(initialMessageJson()))));
    }

    @Test
    void onlyTheAssignedAgentSendsMessages() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView waiting = chats.createWaitingChat();
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);
        Map<String, String> body = Map.of("content", "Hola");

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/send_message/", body, colleague.token()), 403,
                FORBIDDEN);
        assertResponse(post("/api/chat-rooms/" + chat.id() + "/send_message/", body, root), 403, FORBIDDEN);
        assertResponse(post("/api/chat-rooms/" + waiting.id() + "/send_message/", body, agent.token()), 403,
                FORBIDDEN);
    }

    @Test
    void finishedChatsTakeNoMoreMessages() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);
        post("/api/chat-rooms/" + chat.id() + "/resolve/", null, agent.token());

        assertResponse(post("/api/chat-rooms/" + chat.id() + "/send_message/", Map.of("content", "¿Algo más?"),
                agent.token()), 400, "{\"error\": \"No se pueden enviar mensajes a un chat resuelto o cerrado\"}");
    }

    @Test
    void messagesAreVisibleToTheAgentAnyAgentWhileWaitingAndSuperusers() {
        Agent agent = newAgent(5);
        Agent colleague = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        String path = "/api/chat-rooms/" + chat.id() + "/messages/";
        String onlyTheFirst = json(List.of(withUserSender(initialMessageJson())));

        assertResponse(get(path, colleague.token()), 200, onlyTheFirst);
        take(chat, agent);
        assertResponse(get(path, agent.token()), 200, onlyTheFirst);
        assertResponse(get(path, root), 200, onlyTheFirst);
        assertResponse(get(path, colleague.token()), 403, FORBIDDEN);
        post("/api/chat-rooms/" + chat.id() + "/resolve/", null, agent.token());
        assertResponse(get(path, agent.token()), 200, onlyTheFirst);
    }

    @Test
    void unknownChatsHaveNoMessages() {
        Agent agent = newAgent(5);

        assertResponse(get("/api/chat-rooms/" + UUID.randomUUID() + "/messages/", agent.token()), 404, NOT_FOUND);
        assertResponse(get("/api/chat-rooms/42/messages/", root), 404, NOT_FOUND);
        assertResponse(post("/api/chat-rooms/" + UUID.randomUUID() + "/send_message/", Map.of("content", "Hola"),
                agent.token()), 404, NOT_FOUND);
    }

    private static Map<String, Object> sentJson(ChatRoomView chat, String content, Agent agent) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "<uuid>");
        json.put("chat_room", chat.id());
        json.put("sender_type", "agent");
        json.put("content", content);
        json.put("message_type", "text");
        json.put("is_read", false);
        json.put("created_at", "<instant>");
        json.put("agent_sender", agentJson(agent));
        return json;
    }
}
