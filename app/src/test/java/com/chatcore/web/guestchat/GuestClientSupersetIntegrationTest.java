package com.chatcore.web.guestchat;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import static com.chatcore.web.guestchat.GuestChats.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the public seed-003 client (LetMeDream/PokerFace) reads from the guest routes beyond seed 003's
 * document, beside every field the document shows.
 */
class GuestClientSupersetIntegrationTest extends IntegrationTest {

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
    void aChatStartedWithoutAMessageHasNoMessages() {
        ApiClient.Response response = guests.complete(guests.startSession(null), GuestChats.uniqueEmail());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("messages")).isEqualTo(json("[]"));
    }
}
