package com.chatcore.web.guestchat;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindChatRoomQuery;
import com.chatcore.api.conversation.FindMessageQuery;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.chatcore.web.guestchat.GuestChats.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Seed 003: GET /api/chat/get_chat_status/ and the whole guest flow of "Flujos Principales". */
class GuestChatStatusIntegrationTest extends IntegrationTest {

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
    void theGuestFlowFromStartToMessages() {
        String sessionId = guests.startSession("Hola, necesito ayuda");
        assertThat(guests.validate(sessionId).json().get("valid").asBoolean()).isTrue();
        ApiClient.Response completed = guests.complete(sessionId, GuestChats.uniqueEmail());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        String chatRoomId = completed.json().get("chat_room_id").asString();

        ApiClient.Response waiting = guests.status(chatRoomId);

        assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);
        JsonNode body = documented(waiting.json());
        assertThat(waiting.json().propertyNames()).containsExactly("chat_room_id", "status", "agent_assigned",
                "agent_name", "created_at", "unread_messages", "message_history");
        String createdAt = body.get("created_at").asString();
        assertThat(Instant.parse(createdAt)).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
        assertThat(body).isEqualTo(json("{'chat_room_id': '" + chatRoomId + "', 'status': 'waiting', "
                + "'agent_assigned': false, 'agent_name': null, 'created_at': '" + createdAt + "', "
                + "'unread_messages': 0}"));

        assertThat(guests.send(chatRoomId, "¿Sigue ahí alguien?").status()).isEqualTo(201);

        assertThat(documented(guests.status(chatRoomId).json())).isEqualTo(body);
        assertThat(guests.validate(sessionId).json().get("valid").asBoolean()).isFalse();
    }

    @Test
    void statusNamesTheAgentAndCountsTheAgentMessagesTheGuestHasNotRead() {
        String key = guests.openChat(GuestChats.uniqueEmail());
        String chatRoomId = GuestChats.roomIdOf(queries, key);
        String username = unique("statusagent");
        long agentId = accounts.createAgent(username, 5).get("id").asLong();
        readYourWrites.send(new TakeChatCommand(chatRoomId, agentId), new FindChatRoomQuery(chatRoomId),
                ChatRoomView.class, room -> room.status() == ChatStatus.ACTIVE);
        agentSays(chatRoomId, agentId, "Hola, soy tu agente");
        agentSays(chatRoomId, agentId, "¿En qué puedo ayudarte?");
        assertThat(guests.send(key, "Gracias").status()).isEqualTo(201);

        ApiClient.Response response = guests.status(key);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = documented(response.json());
        assertThat(body).isEqualTo(json("{'chat_room_id': '" + key + "', 'status': 'active', "
                + "'agent_assigned': true, 'agent_name': 'Agent " + username + "', "
                + "'created_at': '" + body.get("created_at").asString() + "', 'unread_messages': 2}"));
    }

    @Test
    void statusRequiresAKnownChatRoom() {
        ApiClient.Response missing = api.get("/api/chat/get_chat_status/", null);
        ApiClient.Response blank = api.get("/api/chat/get_chat_status?chat_room_id=", null);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json()).isEqualTo(json("{'chat_room_id': ['Este campo es requerido.']}"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json()).isEqualTo(json("{'chat_room_id': ['Este campo es requerido.']}"));
        for (String chatRoomId : List.of(UUID.randomUUID().toString(), "nope", guests.startSession("Hola"))) {
            ApiClient.Response unknown = guests.status(chatRoomId);
            assertThat(unknown.status()).as(chatRoomId).isEqualTo(404);
            assertThat(unknown.json()).as(chatRoomId).isEqualTo(json("{'detail': 'No encontrado.'}"));
        }
    }

    /** The fields seed 003 documents; GuestClientSupersetIntegrationTest checks message_history. */
    private static JsonNode documented(JsonNode status) {
        ObjectNode documented = (ObjectNode) status.deepCopy();
        documented.remove("message_history");
        return documented;
    }

    private void agentSays(String chatRoomId, long agentId, String content) {
        String messageId = UUID.randomUUID().toString();
        readYourWrites.send(new SendMessageCommand(chatRoomId, messageId, SenderType.AGENT, agentId, content, "text"),
                new FindMessageQuery(messageId), ChatMessageView.class, message -> true);
    }
}
