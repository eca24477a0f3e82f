package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.web.guestchat.GuestChats.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seed 003: POST /api/chat/send_message/ and its twin POST /api/messages/send_guest_message/. */
class GuestMessagesIntegrationTest extends IntegrationTest {

    private static final String NOT_FOUND = "{'detail': 'No encontrado.'}";

    @Autowired
    private ReadYourWrites readYourWrites;
    @Autowired
    private QueryGateway queries;

    private GuestChats guests;

    @BeforeEach
    void guests() {
        guests = new GuestChats(api);
    }

    @Test
    void aGuestMessageAnswersTheSeedShapeOnBothPaths() {
        String key = guests.openChat(GuestChats.uniqueEmail());
        String chatRoomId = GuestChats.roomIdOf(queries, key);

        for (String path : List.of("/api/chat/send_message/", "/api/messages/send_guest_message/",
                "/api/messages/send_guest_message")) {
            ApiClient.Response response = api.post(path,
                    Map.of("chat_room_id", key, "content", "  Mensaje del usuario  "), null);

            assertThat(response.status()).as(path + " " + response).isEqualTo(201);
            JsonNode body = response.json();
            assertThat(body.propertyNames()).containsExactly("id", "chat_room", "sender_type", "content",
                    "message_type", "is_read", "created_at");
            String id = body.get("id").asString();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(Instant.parse(body.get("created_at").asString()))
                    .isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
            assertThat(body).isEqualTo(json("{'id': '" + id + "', 'chat_room': '" + chatRoomId + "', "
                    + "'sender_type': 'user', 'content': 'Mensaje del usuario', 'message_type': 'text', "
                    + "'is_read': false, 'created_at': '" + body.get("created_at").asString() + "'}"));
        }
    }

    @Test
    void contentIsRequiredNotBlankAndAtMostTheMessageLimit() {
        String chatRoomId = guests.openChat(GuestChats.uniqueEmail());

        ApiClient.Response missing = api.post("/api/chat/send_message/", Map.of("chat_room_id", chatRoomId), null);
        ApiClient.Response blank = guests.send(chatRoomId, "   ");
        ApiClient.Response tooLong = guests.send(chatRoomId, "x".repeat(501));
        ApiClient.Response noBody = api.send(api.request("/api/chat/send_message/", null)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).isEqualTo(json("{'content': ['Este campo es requerido.']}"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json()).isEqualTo(json("{'content': ['Este campo no puede estar en blanco.']}"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json()).isEqualTo(json(
                "{'content': ['Asegúrese de que este campo no tenga más de 500 caracteres.']}"));
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.json()).isEqualTo(json(
                "{'chat_room_id': ['Este campo es requerido.'], 'content': ['Este campo es requerido.']}"));
        assertThat(guests.send(chatRoomId, "x".repeat(500)).status()).isEqualTo(201);
    }

    @Test
    void anUnknownOrMalformedChatRoomIsNotFound() {
        String sessionId = guests.startSession("Hola");

        for (String chatRoomId : List.of(UUID.randomUUID().toString(), "not-a-room", sessionId)) {
            ApiClient.Response response = guests.send(chatRoomId, "Hola");
            assertThat(response.status()).as(chatRoomId).isEqualTo(404);
            assertThat(response.json()).as(chatRoomId).isEqualTo(json(NOT_FOUND));
        }
    }

    @Test
    void aResolvedChatTakesNoMoreMessages() {
        String key = guests.openChat(GuestChats.uniqueEmail());
        String chatRoomId = GuestChats.roomIdOf(queries, key);
        long agentId = accounts.createAgent(unique("guestagent"), 5).get("id").asLong();
        readYourWrites.send(new TakeChatCommand(chatRoomId, agentId), new FindChatRoomQuery(chatRoomId),
                ChatRoomView.class, room -> room.status() == ChatStatus.ACTIVE);
        readYourWrites.send(new ResolveChatCommand(chatRoomId, agentId), new FindChatRoomQuery(chatRoomId),
                ChatRoomView.class, room -> room.status() == ChatStatus.RESOLVED);

        for (String path : List.of("/api/chat/send_message/", "/api/messages/send_guest_message/")) {
            ApiClient.Response response = api.post(path, Map.of("chat_room_id", key, "content", "¿Hola?"), null);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.json()).as(path).isEqualTo(json(
                    "{'error': 'No se pueden enviar mensajes a un chat resuelto o cerrado'}"));
        }
    }

    @Test
    void onlyTenMessagesPerChatEachMinuteAndBadRequestsDoNotCount() {
        String chatRoomId = guests.openChat(GuestChats.uniqueEmail());
        for (int i = 0; i < 3; i++) {
            assertThat(guests.send(chatRoomId, " ").status()).isEqualTo(400);
        }
        for (int i = 0; i < 10; i++) {
            String path = i % 2 == 0 ? "/api/chat/send_message/" : "/api/messages/send_guest_message/";
            ApiClient.Response response = api.post(path,
                    Map.of("chat_room_id", chatRoomId, "content", "Mensaje " + i), null);
            assertThat(response.status()).as("message " + i).isEqualTo(201);
        }

        ApiClient.Response eleventh = guests.send(chatRoomId, "Mensaje 11");

        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.json()).isEqualTo(json(
                "{'error': 'Has enviado demasiados mensajes. Por favor espera un momento.'}"));
        assertThat(guests.send(guests.openChat(GuestChats.uniqueEmail()), "Otro chat").status()).isEqualTo(201);
    }
}
