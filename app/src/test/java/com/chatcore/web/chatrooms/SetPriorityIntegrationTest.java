package com.chatcore.web.chatrooms;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** POST {id}/set_priority/ (our addition to seed 003). */
class SetPriorityIntegrationTest extends ChatRoomsTestSupport {

    @Test
    void agentsAndSuperusersSetTheQueuePriority() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        assertResponse(setPriority(chat, "high", agent.token()), 200, json(waitingJson(chat, "high", 0)));
        assertResponse(setPriority(chat, "high", agent.token()), 200, json(waitingJson(chat, "high", 0)));
        assertResponse(setPriority(chat, "medium", root), 200, json(waitingJson(chat, "medium", 0)));
    }

    @Test
    void theStartingPriorityCanBePinned() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();

        assertResponse(setPriority(chat, "low", agent.token()), 200, json(waitingJson(chat, "low", 0)));
    }

    @Test
    void onlyWaitingChatsHaveAPriority() {
        Agent agent = newAgent(5);
        ChatRoomView chat = chats.createWaitingChat();
        take(chat, agent);

        assertResponse(setPriority(chat, "high", agent.token()), 400,
                "{\"error\": \"Este chat ya no está en espera\"}");
    }

    @Test
    void thePriorityIsOneOfTheChoices() {
        ChatRoomView chat = chats.createWaitingChat();
        String path = "/api/chat-rooms/" + chat.id() + "/set_priority/";

        assertResponse(setPriority(chat, "urgent", root), 400,
                "{\"priority\": [\"Escoja una opción válida. urgent no es una de las opciones disponibles.\"]}");
        assertResponse(post(path, Map.of(), root), 400, "{\"priority\": [\"Este campo es requerido.\"]}");
        assertResponse(post(path, null, root), 400, "{\"priority\": [\"Este campo es requerido.\"]}");
        assertResponse(setPriority(chat, "high", accounts.userToken(unique("user"))), 403, FORBIDDEN);
    }

    private ApiClient.Response setPriority(ChatRoomView chat, String priority, String token) {
        return post("/api/chat-rooms/" + chat.id() + "/set_priority/", Map.of("priority", priority), token);
    }
}
