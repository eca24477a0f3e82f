package com.chatcore.web.chatrooms;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.UUID;

/** Every chat-room route: who may call it, and what an unknown chat answers. */
class ChatRoomAccessIntegrationTest extends ChatRoomsTestSupport {

    private static final String NO_TOKEN = "{\"detail\": \"Las credenciales de autenticación no se proveyeron.\"}";

    @ParameterizedTest
    @CsvSource({
            "GET, filtered_chats/", "GET, waiting_chats/", "GET, my_chats/", "GET, all_chats/",
            "GET, {id}/messages/", "POST, {id}/send_message/", "POST, {id}/take_chat/", "POST, {id}/resolve/",
            "POST, {id}/close/", "POST, {id}/assign_agent/", "POST, {id}/transfer_chat/",
            "POST, {id}/unassign_agent/", "POST, {id}/set_priority/"})
    void customersAndAnonymousCallersAreTurnedAway(String method, String route) {
        String path = "/api/chat-rooms/" + route.replace("{id}", chats.createWaitingChat().id());

        assertResponse(call(method, path, accounts.userToken(unique("user"))), 403, FORBIDDEN);
        assertResponse(call(method, path, null), 401, NO_TOKEN);
    }

    @ParameterizedTest
    @CsvSource({
            "GET, messages/, agent", "POST, send_message/, agent", "POST, take_chat/, agent",
            "POST, resolve/, agent", "POST, close/, root", "POST, assign_agent/, root",
            "POST, transfer_chat/, agent", "POST, unassign_agent/, root", "POST, set_priority/, agent"})
    void unknownChatsAreNotFound(String method, String action, String caller) {
        String token = caller.equals("root") ? root : newAgent(5).token();

        assertResponse(call(method, "/api/chat-rooms/" + UUID.randomUUID() + "/" + action, token), 404, NOT_FOUND);
        assertResponse(call(method, "/api/chat-rooms/no-such-chat/" + action, token), 404, NOT_FOUND);
    }

    private ApiClient.Response call(String method, String path, String token) {
        return method.equals("GET") ? get(path, token)
                : post(path, Map.of("content", "Hola", "agent_id", 1, "priority", "high"), token);
    }
}
