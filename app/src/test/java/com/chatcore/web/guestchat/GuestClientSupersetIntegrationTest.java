package com.chatcore.web.guestchat;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.chatcore.web.guestchat.GuestChats.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the public seed-003 client (LetMeDream/PokerFace) reads from the guest routes beyond seed 003's
 * document, beside every field the document shows.
 */
class GuestClientSupersetIntegrationTest extends IntegrationTest {

    @Autowired
    private QueryGateway queries;

    private GuestChats guests;

    @BeforeEach
    void guests() {
        guests = new GuestChats(api);
    }

    @Test
    void completeChatAlsoAnswersUserDataAndTheMessagesSoFar() {
        String sessionId = guests.startSession("Hola, necesito ayuda");
        String email = GuestChats.uniqueEmail();

        ApiClient.Response response = guests.complete(sessionId, email, "Nombre Completo", "+34 600-111 222", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactly("success", "chat_room_id", "user_data", "user_name",
                "message", "messages");
        String key = body.get("chat_room_id").asString();
        String createdAt = body.get("user_data").get("created_at").asString();
        assertThat(Instant.parse(createdAt)).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        JsonNode first = body.get("messages").get(0);
        assertThat(body).isEqualTo(json("{'success': true, 'chat_room_id': '" + key + "', "
                + "'user_data': {'id': '" + key + "', 'email': '" + email + "', 'full_name': 'Nombre Completo', "
                + "'phone_number': '+34600111222', 'is_temporary': true, 'created_at': '" + createdAt + "', "
                + "'session_id': '" + sessionId + "', 'chat_room_id': '" + key + "'}, "
                + "'user_name': 'Nombre Completo', "
                + "'message': 'Chat iniciado correctamente. Un agente te contactará pronto.', "
                + "'messages': [{'id': '" + first.get("id").asString() + "', 'sender_type': 'user', "
                + "'content': 'Hola, necesito ayuda', 'message_type': 'text', 'is_read': false, "
                + "'created_at': '" + first.get("created_at").asString() + "', 'type': 'guest'}]}"));
    }

    @Test
    void theClientKeysEverythingByUserDataId() {
        JsonNode body = guests.complete(guests.startSession("Hola"), null, null, "1234567", null).json();
        String id = body.get("user_data").get("id").asString();

        assertThat(guests.send(id, "¿Hay alguien?").status()).isEqualTo(201);
        assertThat(guests.status(id).json().get("chat_room_id").asString()).isEqualTo(id);
        assertThat(body.get("user_data").get("email").isNull()).isTrue();
        assertThat(body.get("user_data").get("full_name").asString()).isEqualTo("Invitado");
    }

    @Test
    void getChatStatusAlsoAnswersTheWholeHistory() {
        String key = guests.openChat(GuestChats.uniqueEmail());
        String roomId = GuestChats.roomIdOf(queries, key);
        String agent = accounts.agentToken(unique("historyagent"));
        assertThat(api.post("/api/chat-rooms/" + roomId + "/take_chat/", Map.of(), agent).status()).isEqualTo(200);
        assertThat(api.post("/api/chat-rooms/" + roomId + "/send_message/",
                Map.of("content", "Hola, soy tu agente", "message_type", "text"), agent).status()).isEqualTo(201);
        assertThat(guests.send(key, "Gracias").status()).isEqualTo(201);

        ApiClient.Response response = guests.status(key);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactly("chat_room_id", "status", "agent_assigned", "agent_name",
                "created_at", "unread_messages", "message_history");
        assertThat(body.get("status").asString()).isEqualTo("active");
        assertThat(body.get("unread_messages").asInt()).isEqualTo(1);
        JsonNode history = body.get("message_history");
        assertThat(history).hasSize(3);
        for (JsonNode message : history) {
            assertThat(message.propertyNames()).containsExactly("id", "sender_type", "content", "message_type",
                    "is_read", "created_at", "type");
        }
        assertThat(history.get(0)).isEqualTo(json("{'id': '" + history.get(0).get("id").asString() + "', "
                + "'sender_type': 'user', 'content': 'Hola, necesito ayuda', 'message_type': 'text', "
                + "'is_read': false, 'created_at': '" + history.get(0).get("created_at").asString() + "', "
                + "'type': 'guest'}"));
        assertThat(List.of(history.get(1).get("sender_type").asString(), history.get(1).get("type").asString(),
                history.get(1).get("content").asString())).containsExactly("agent", "agent", "Hola, soy tu agente");
        assertThat(List.of(history.get(2).get("sender_type").asString(), history.get(2).get("type").asString(),
                history.get(2).get("content").asString())).containsExactly("user", "guest", "Gracias");
    }

    @Test
    void aChatStartedWithoutAMessageHasNoMessages() {
        ApiClient.Response response = guests.complete(guests.startSession(null), GuestChats.uniqueEmail());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("messages")).isEqualTo(json("[]"));
    }
}
