package com.chatcore.web.realtime;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.Socket;
import com.chatcore.web.auth.Tokens;
import com.chatcore.web.realtime.LiveChatApi.Agent;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Real-time push over plain WebSocket (REALTIME.md). */
class RealtimeIntegrationTest extends IntegrationTest {

    @Autowired
    SocketTokenWatch tokenWatch;
    @Autowired
    QueryGateway queries;
    LiveChatApi chats;

    @BeforeEach
    void chats() {
        chats = new LiveChatApi(api, accounts, queries);
    }

    @Test
    void aGuestReceivesTheAgentsMessageAndAgentJoined() {
        Agent agent = chats.newAgent();
        String room = chats.openGuestChat();
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            chats.take(room, agent);
            JsonNode joined = guest.next();
            assertThat(joined.get("type").asString()).isEqualTo("agent_joined");
            assertThat(joined.get("notification").get("notification_type").asString()).isEqualTo("agent_joined");
            assertThat(joined.get("notification").get("title").asString()).isEqualTo("Agente conectado");
            assertThat(joined.get("notification").get("is_read").asBoolean()).isFalse();

            JsonNode sent = chats.agentSays(room, agent, "Hola, soy tu agente").json();
            JsonNode frame = guest.next();
            assertThat(frame.get("sender").asString()).isEqualTo("agent");
            JsonNode message = frame.get("message");
            assertThat(message.get("id").asString()).isEqualTo(sent.get("id").asString());
            assertThat(message.get("content").asString()).isEqualTo("Hola, soy tu agente");
            assertThat(message.get("sender_type").asString()).isEqualTo("agent");
            assertThat(message.get("message_type").asString()).isEqualTo("text");
            assertThat(message.get("created_at").asString()).isEqualTo(sent.get("created_at").asString());
            assertThat(message.get("chat_room").asString()).isEqualTo(room);
            assertThat(frame.get("event_id").asLong()).isGreaterThan(joined.get("event_id").asLong());
        }
    }

    @Test
    void anAgentHearsOfNewChatsTakenChatsAndItsGuestsMessages() {
        Agent agent = chats.newAgent();
        Agent other = chats.newAgent();
        try (Socket socket = Socket.open(port, "/ws/my_chats/?token=" + agent.token())) {
            String room = chats.openGuestChat();
            JsonNode newChat = socket.next(f -> f.get("type").asString().equals("new_chat")
                    && f.get("chat_instance").get("id").asString().equals(room));
            assertThat(newChat.get("chat_instance").get("initial_message").asString()).isEqualTo("Hola, necesito ayuda");
            assertThat(newChat.get("chat_instance").get("chat_user").get("full_name").asString())
                    .isEqualTo("Nombre Completo");
            assertThat(newChat.get("chat_instance").get("priority").asString()).isEqualTo("low");
            // What the public seed-003 client reads on every waiting chat: status and messages.
            assertThat(newChat.get("chat_instance").get("status").asString()).isEqualTo("waiting");
            assertThat(newChat.get("chat_instance").get("messages").get(0).get("content").asString())
                    .isEqualTo("Hola, necesito ayuda");
            assertThat(newChat.get("event_id").isIntegralNumber()).isTrue();

            chats.take(room, other);
            JsonNode taken = socket.next(f -> f.get("type").asString().equals("chat_taken_by_other")
                    && f.get("chat_id").asString().equals(room));
            assertThat(taken.get("event_id").asLong()).isGreaterThan(newChat.get("event_id").asLong());

            String mine = chats.openGuestChat();
            chats.take(mine, agent);
            chats.guestSays(mine, "¿Hay alguien?");
            JsonNode message = socket.next(f -> f.get("type").asString().equals("guest_message"));
            assertThat(message.get("room_id").asString()).isEqualTo(mine);
            assertThat(message.get("message").get("content").asString()).isEqualTo("¿Hay alguien?");
            assertThat(message.get("message").get("sender_type").asString()).isEqualTo("user");
            assertThat(message.get("message").get("is_read").asBoolean()).isFalse();
        }
    }

    @Test
    void heartbeatsArePongedAndOtherFramesAnsweredWithErrors() {
        String room = chats.openGuestChat();
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room))) {
            guest.send("{\"type\": \"heartbeat\", \"at\": 1}");
            assertThat(guest.next()).isEqualTo(Socket.JSON.readTree("{\"type\": \"pong\"}"));
            guest.send("not json");
            assertThat(guest.next()).isEqualTo(Socket.JSON.readTree("{\"type\": \"error\", \"message\": \"invalid JSON\"}"));
            guest.send("{\"type\": \"dance\"}");
            assertThat(guest.next()).isEqualTo(Socket.JSON.readTree(
                    "{\"type\": \"error\", \"message\": \"unsupported frame type: dance\"}"));
            guest.send("{\"type\": \"heartbeat\"}");
            assertThat(guest.next().get("type").asString()).isEqualTo("pong");
        }
    }

    @Test
    void badTokensAndUnknownRoomsAreRefused() {
        assertThat(Socket.refusal(port, "/ws/my_chats/")).isEqualTo(401);
        assertThat(Socket.refusal(port, "/ws/my_chats/?token=forged")).isEqualTo(401);
        String token = chats.newAgent().token();
        assertThat(api.post("/api/auth/logout", "", token).status()).isLessThan(300);
        assertThat(Socket.refusal(port, "/ws/my_chats?token=" + token)).isEqualTo(401);
        assertThat(Socket.refusal(port, "/ws/my_chats/?token=" + accounts.userToken(unique("user")))).isEqualTo(403);
        assertThat(Socket.refusal(port, "/ws/guest_chat_" + UUID.randomUUID() + "/")).isEqualTo(404);
        assertThat(Socket.refusal(port, "/ws/guest_chat_not-a-uuid/")).isEqualTo(404);
    }

    @Test
    void aGuestSocketOpensWithTheGuestsKeyNeverWithTheRoomIdAgentsSee() {
        Agent agent = chats.newAgent();
        try (Socket agentSocket = Socket.open(port, "/ws/my_chats/?token=" + agent.token())) {
            String room = chats.openGuestChat();
            String key = chats.keyOf(room);
            JsonNode newChat = agentSocket.next(f -> f.get("type").asString().equals("new_chat")
                    && f.get("chat_instance").get("id").asString().equals(room));
            assertThat(newChat.toString()).doesNotContain(key);

            assertThat(Socket.refusal(port, "/ws/guest_chat_" + room + "/")).isEqualTo(404);
            assertThat(Socket.refusal(port, "/ws/guest_chat_" + room)).isEqualTo(404);
            try (Socket guest = Socket.open(port, "/ws/guest_chat_" + key + "/")) {
                chats.take(room, agent);
                assertThat(guest.next().get("type").asString()).isEqualTo("agent_joined");
                chats.agentSays(room, agent, "Hola");
                JsonNode frame = guest.next(f -> f.has("sender"));
                assertThat(frame.get("message").get("chat_room").asString()).isEqualTo(room);
                assertThat(frame.toString()).doesNotContain(key);
            }
        }
    }

    @Test
    void anAgentSocketIsClosedWith4401OnceItsTokenIsRevoked() {
        Agent agent = chats.newAgent();
        Agent other = chats.newAgent();
        try (Socket loggedOut = Socket.open(port, "/ws/my_chats/?token=" + agent.token());
             Socket stillIn = Socket.open(port, "/ws/my_chats/?token=" + other.token())) {
            assertThat(api.post("/api/auth/logout", "", agent.token()).status()).isLessThan(300);
            tokenWatch.recheck();
            assertThat(loggedOut.closedWith()).isEqualTo(4401);
            stillIn.send("{\"type\": \"heartbeat\"}");
            assertThat(stillIn.next(f -> f.get("type").asString().equals("pong"))).isNotNull();
        }
    }

    @Test
    void anAgentSocketOutlivesItsAccessTokensExpiryWhichOnlyTheHandshakeChecks() throws InterruptedException {
        Agent agent = chats.newAgent();
        String shortLived = Tokens.claims(Tokens.payload(agent.token()).get("sub").asString(), "AGENT",
                        Instant.now(), Duration.ofSeconds(2))
                .claim("token_type", "access").claim("token_generation", 0)
                .signWith(Tokens.key(JWT_SECRET)).compact();
        try (Socket socket = Socket.open(port, "/ws/my_chats/?token=" + shortLived)) {
            Thread.sleep(2_500);
            tokenWatch.recheck();
            socket.send("{\"type\": \"heartbeat\"}");
            assertThat(socket.next(f -> f.get("type").asString().equals("pong"))).isNotNull();
            assertThat(Socket.refusal(port, "/ws/my_chats/?token=" + shortLived)).isEqualTo(401);
        }
    }

    @Test
    void aDeactivatedAgentsSocketIsClosedWith4401AtOnce() {
        Agent agent = chats.newAgent();
        try (Socket socket = Socket.open(port, "/ws/my_chats/?token=" + agent.token())) {
            ApiClient.Response deleted = api.send(api.request("/api/admin-agents/" + agent.id() + "/",
                    accounts.superuserToken()).DELETE());
            assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
            assertThat(socket.closedWithin(Duration.ofSeconds(5))).as("closed by the event, not the 30 s sweep")
                    .isEqualTo(4401);
        }
    }

    @Test
    void aReconnectingGuestGetsExactlyTheFramesItMissed() {
        Agent agent = chats.newAgent();
        String room = chats.openGuestChat();
        long last;
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            chats.take(room, agent);
            last = guest.next().get("event_id").asLong();
        }
        chats.agentSays(room, agent, "primero");
        chats.agentSays(room, agent, "segundo");
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/?last_event_id=" + last)) {
            List<JsonNode> missed = List.of(guest.next(), guest.next(), guest.next(), guest.next());
            assertThat(missed).extracting(RealtimeIntegrationTest::describe).containsExactly(
                    "message primero", "new_message Agent rt_agent: primero",
                    "message segundo", "new_message Agent rt_agent: segundo");
            assertThat(missed).extracting(f -> f.get("event_id").asLong()).isSorted().allMatch(id -> id > last);
            chats.agentSays(room, agent, "tercero");
            assertThat(describe(guest.next())).isEqualTo("message tercero");
            assertThat(describe(guest.next())).startsWith("new_message");
            guest.send("{\"type\": \"heartbeat\"}");
            assertThat(guest.next().get("type").asString()).as("no duplicate frames").isEqualTo("pong");
        }
    }

    @Test
    void aResumeFrameReplaysMissedFramesToo() {
        Agent agent = chats.newAgent();
        String room = chats.openGuestChat();
        long last;
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            chats.take(room, agent);
            last = guest.next().get("event_id").asLong();
        }
        chats.agentSays(room, agent, "perdido");
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            guest.send("{\"type\": \"resume\", \"last_event_id\": " + last + "}");
            assertThat(describe(guest.next())).isEqualTo("message perdido");
            assertThat(describe(guest.next())).startsWith("new_message");
            guest.send("{\"type\": \"heartbeat\"}");
            assertThat(guest.next().get("type").asString()).isEqualTo("pong");
        }
    }

    /** A guest frame in short: "message <content>", or "<type> <notification message>" with the agent's name cut. */
    static String describe(JsonNode frame) {
        if (frame.has("sender")) {
            return "message " + frame.get("message").get("content").asString();
        }
        String type = frame.get("type").asString();
        return frame.has("notification")
                ? type + " " + frame.get("notification").get("message").asString().replaceAll("rt_agent_\\w+", "rt_agent")
                : type;
    }

    @Test
    void theHolderAndTheGuestHearOfResolutionAndOtherAgentsOfUnassignment() {
        Agent holder = chats.newAgent();
        Agent other = chats.newAgent();
        String room = chats.openGuestChat();
        chats.take(room, holder);
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/");
             Socket holding = Socket.open(port, "/ws/my_chats/?token=" + holder.token());
             Socket watching = Socket.open(port, "/ws/my_chats?token=" + other.token())) {
            ApiClient.Response unassigned = api.post("/api/chat-rooms/" + room + "/unassign_agent/", "",
                    accounts.superuserToken());
            assertThat(unassigned.status()).as(unassigned.toString()).isEqualTo(200);
            JsonNode back = watching.next(f -> f.get("type").asString().equals("chat_unassigned_by_other")
                    && f.get("chat_instance").get("id").asString().equals(room));
            assertThat(back.get("chat_instance").get("initial_message").asString()).isEqualTo("Hola, necesito ayuda");
            assertThat(back.get("chat_instance").get("status").asString()).isEqualTo("waiting");
            assertThat(back.get("chat_instance").get("messages").get(0).get("sender_type").asString())
                    .isEqualTo("user");

            chats.take(room, holder);
            ApiClient.Response resolved = api.post("/api/chat-rooms/" + room + "/resolve/", "", holder.token());
            assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
            JsonNode toHolder = holding.next(f -> f.get("type").asString().equals("chat_resolved"));
            assertThat(toHolder.get("chat_id").asString()).isEqualTo(room);
            JsonNode toGuest = guest.next(f -> f.has("type") && f.get("type").asString().equals("chat_resolved"));
            assertThat(toGuest.get("event_id").asLong()).isEqualTo(toHolder.get("event_id").asLong());
            assertThat(toGuest.get("chat_id").asString()).isEqualTo(room);
            assertThat(toGuest.get("notification").get("notification_type").asString()).isEqualTo("chat_resolved");
            assertThat(toGuest.get("notification").get("message").asString())
                    .isEqualTo("Tu chat fue marcado como resuelto");
            JsonNode notified = holding.next(f -> f.get("type").asString().equals("notify_chat_resolved"));
            assertThat(notified.get("event_id").asLong()).isEqualTo(toHolder.get("event_id").asLong());
            assertThat(notified.get("notification").get("message").asString())
                    .isEqualTo("El chat de Nombre Completo fue resuelto");
        }
    }
}
