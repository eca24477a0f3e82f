package com.chatcore.web.guestchat;

import com.chatcore.support.ApiClient;
import org.axonframework.queryhandling.QueryGateway;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest's side of seed 003 over HTTP, for tests. */
final class GuestChats {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    GuestChats(ApiClient api) {
        this.api = api;
    }

    /** Expected JSON written with single quotes for readability. */
    static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }

    static String uniqueEmail() {
        return "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    String startSession(String initialMessage) {
        Map<String, Object> body = new HashMap<>();
        body.put("initial_message", initialMessage);
        ApiClient.Response response = api.post("/api/chat/start_chat/", body, null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("session_id").asString();
    }

    ApiClient.Response complete(String sessionId, String email, String fullName, String phoneNumber,
            String recaptchaToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("session_id", sessionId);
        putIfPresent(body, "email", email);
        putIfPresent(body, "full_name", fullName);
        putIfPresent(body, "phone_number", phoneNumber);
        putIfPresent(body, "recaptcha_token", recaptchaToken);
        return api.post("/api/chat/complete_chat/", body, null);
    }

    ApiClient.Response complete(String sessionId, String email) {
        return complete(sessionId, email, "Nombre Completo", "+1234567890", null);
    }

    /** Starts and completes a session; returns the guest's key, its {@code chat_room_id}. */
    String openChat(String email) {
        ApiClient.Response response = complete(startSession("Hola, necesito ayuda"), email);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("chat_room_id").asString();
    }

    /** The room id that agents know for the room of guest key {@code key}. */
    static String roomIdOf(QueryGateway queries, String key) {
        return com.chatcore.support.GuestChats.roomIdOf(queries, key);
    }

    ApiClient.Response validate(String sessionId) {
        return api.post("/api/chat/validate_session/", Map.of("session_id", sessionId), null);
    }

    ApiClient.Response send(String chatRoomId, String content) {
        return api.post("/api/chat/send_message/", Map.of("chat_room_id", chatRoomId, "content", content), null);
    }

    ApiClient.Response status(String chatRoomId) {
        return api.get("/api/chat/get_chat_status/?chat_room_id=" + chatRoomId, null);
    }

    private static void putIfPresent(Map<String, Object> body, String field, String value) {
        if (value != null) {
            body.put(field, value);
        }
    }
}
