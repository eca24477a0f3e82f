package com.chatcore.web.supportsessions;

import com.chatcore.support.IntegrationTest;
import com.chatcore.support.SocketIoClient;
import com.chatcore.support.SupportSessions;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 001's Socket.IO events as its public client (GuidoSV7/GiftCardEccommerce) speaks them, with a real Socket.IO
 * client: {@code auth: {token}} on {@code /} and {@code /chat}, join, send, typing, mark-read, agents' pushes.
 */
class SupportSessionSocketIoIntegrationTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> handshake(String origin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/socket.io/?EIO=4&transport=polling")).header("Origin", origin).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pollingFromAnAllowedOriginOnlyOnTheRestPort() throws Exception {
        HttpResponse<String> allowed = handshake(FRONTEND_ORIGIN);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).startsWith("0{").contains("\"sid\"");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(FRONTEND_ORIGIN);
        assertThat(handshake("https://evil.test").statusCode()).isEqualTo(403);
    }

    @Test
    void aBadTokenGetsAuthError() {
        try (SocketIoClient socket = SocketIoClient.connect(port, "/", "not-a-token")) {
            assertThat(socket.next("auth-error").data().get("message").asString())
                    .isEqualTo("Token inválido o expirado");
            assertThat(socket.next("disconnect")).isNotNull();
        }
        try (SocketIoClient socket = SocketIoClient.connect(port, "/chat", null)) {
            assertThat(socket.next("auth-error")).isNotNull();
        }
    }

    @Test
    void theUserJoinsSendsAndTheAgentHearsIt() {
        String user = accounts.userToken(unique("sio-user"));
        String agent = accounts.agentToken(unique("sio-agent"));
        try (SocketIoClient agentSocket = SocketIoClient.connect(port, "/", agent)) {
            String session = SupportSessions.open(api, user);
            JsonNode pending = agentSocket.next("new-pending-session").data();
            assertThat(pending.get("id").asString()).isEqualTo(session);
            assertThat(pending.get("status").asString()).isEqualTo("pending");
            assertThat(pending.propertyNames()).containsExactlyInAnyOrder("id", "sessionId", "userId", "status",
                    "createdAt", "lastMessageAt", "messages", "user", "event_id");
            api.post("/api/chat/message", Map.of("message", "Hola por REST"), user);
            try (SocketIoClient userSocket = SocketIoClient.connect(port, "/chat", user)) {
                userSocket.emit("join-session", Map.of("sessionId", session));
                JsonNode joined = userSocket.next("session-joined").data();
                assertThat(joined.get("sessionId").asString()).isEqualTo(session);
                assertThat(joined.get("messages")).hasSize(1);
                assertThat(joined.propertyNames()).as("an answer, not a push").containsExactlyInAnyOrder("sessionId",
                        "messages");
                JsonNode first = joined.get("messages").get(0);
                assertThat(first.get("message").asString()).isEqualTo("Hola por REST");
                assertThat(first.get("sender").asString()).isEqualTo("user");
                assertThat(Instant.parse(first.get("timestamp").asString())).isNotNull();

                agentSocket.emit("join-session", Map.of("sessionId", session));
                agentSocket.next("session-joined");
                userSocket.emit("send-message", Map.of("sessionId", session, "message", "Hola por Socket.IO"));

                JsonNode echoed = userSocket.next("new-message").data();
                assertThat(echoed.get("message").asString()).isEqualTo("Hola por Socket.IO");
                assertThat(echoed.get("sender").asString()).isEqualTo("user");
                assertThat(echoed.get("sessionId").asString()).isEqualTo(session);
                assertThat(echoed.propertyNames()).containsExactlyInAnyOrder("id", "sessionId", "message", "sender",
                        "timestamp", "isRead", "event_id");
                assertThat(echoed.get("event_id").asLong()).isGreaterThan(pending.get("event_id").asLong());
                assertThat(agentSocket.next("new-message").data().get("id").asString())
                        .isEqualTo(echoed.get("id").asString());
                JsonNode toAgents = agentSocket.next("new-user-message").data();
                assertThat(toAgents.get("sessionId").asString()).isEqualTo(session);
                assertThat(toAgents.propertyNames()).containsExactlyInAnyOrder("sessionId", "message", "event_id");

                // The push comes from the event store, which may be ahead of the messages read model.
                JsonNode stored = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> api.get(
                        "/api/chat/session/" + session + "/messages", user).json().get("data"), data -> data.size() == 2);
                assertThat(stored.get(1).get("id").asString()).isEqualTo(echoed.get("id").asString());

                agentSocket.emit("typing", Map.of("sessionId", session, "isTyping", true));
                JsonNode typing = userSocket.next("user-typing").data();
                assertThat(typing.get("isTyping").asBoolean()).isTrue();
                assertThat(typing.get("userRole").asString()).isEqualTo("support");
                assertThat(typing.has("event_id")).as("typing is not stored").isFalse();

                userSocket.emit("send-message", Map.of("sessionId", session, "message", "   "));
                assertThat(userSocket.next("error").data().get("message").asString()).isNotBlank();
                userSocket.emit("send-message", Map.of("sessionId", session, "message", "x".repeat(501)));
                assertThat(userSocket.next("error").data().get("message").asString()).isNotBlank();

                api.post("/api/chat-rooms/" + session + "/take_chat/", "", agent);
                JsonNode status = agentSocket.next("session-status-changed").data();
                assertThat(status.get("status").asString()).isEqualTo("active");
                assertThat(status.propertyNames()).containsExactlyInAnyOrder("sessionId", "status", "event_id");
                api.send(api.request("/api/chat/session/" + session + "/close", user)
                        .method("PATCH", HttpRequest.BodyPublishers.noBody()));
                JsonNode closed = userSocket.next("session-closed").data();
                assertThat(closed.get("sessionId").asString()).isEqualTo(session);
                assertThat(closed.propertyNames()).containsExactlyInAnyOrder("sessionId", "event_id");
            }
        }
    }

    /**
     * Seed 001's client sends {@code typing} on every keystroke. Over long polling a client event runs holding its
     * connection's lock; relaying it to the other side there, while the other side relays its own, took the two
     * locks in opposite orders and hung both requests (and every push behind them).
     */
    @Test
    void bothSidesTypingAtOnceOverPollingKeepTheSessionAlive() throws Exception {
        String user = accounts.userToken(unique("sio-typist"));
        String agent = accounts.agentToken(unique("sio-typing-agent"));
        String session = SupportSessions.open(api, user);
        String[] polling = {"polling"};
        try (SocketIoClient userSocket = SocketIoClient.connect(port, "/", user, polling);
             SocketIoClient agentSocket = SocketIoClient.connect(port, "/chat", agent, polling)) {
            userSocket.emit("join-session", Map.of("sessionId", session));
            userSocket.next("session-joined");
            agentSocket.emit("join-session", Map.of("sessionId", session));
            agentSocket.next("session-joined");

            Thread userTyping = new Thread(() -> type(userSocket, session, 300));
            userTyping.start();
            type(agentSocket, session, 300);
            userTyping.join();

            userSocket.emit("send-message", Map.of("sessionId", session, "message", "sigo aquí"));
            assertThat(agentSocket.next("new-message").data().get("message").asString()).isEqualTo("sigo aquí");
            assertThat(api.post("/api/chat-rooms/" + session + "/take_chat/", "", agent).status()).isEqualTo(200);
            agentSocket.emit("send-message", Map.of("sessionId", session, "message", "y yo"));
            assertThat(userSocket.next("new-message").data().get("message").asString()).isEqualTo("sigo aquí");
            assertThat(userSocket.next("new-message").data().get("message").asString()).isEqualTo("y yo");
        }
    }

    private static void type(SocketIoClient socket, String session, int keystrokes) {
        for (int i = 0; i < keystrokes; i++) {
            socket.emit("typing", Map.of("sessionId", session, "isTyping", i % 2 == 0));
        }
    }

    @Test
    void aUserCannotJoinAnotherUsersSession() {
        String owner = accounts.userToken(unique("sio-owner"));
        String stranger = accounts.userToken(unique("sio-stranger"));
        String session = SupportSessions.open(api, owner);
        try (SocketIoClient socket = SocketIoClient.connect(port, "/", stranger, new String[] {"websocket"})) {
            socket.emit("join-session", Map.of("sessionId", session));
            assertThat(socket.next("error").data().get("message").asString())
                    .isEqualTo(SupportMessages.FORBIDDEN);
            socket.emit("send-message", Map.of("sessionId", session, "message", "intruso"));
            assertThat(socket.next("error").data().get("message").asString())
                    .isEqualTo(SupportMessages.FORBIDDEN);
            assertThat(socket.poll("session-joined", Duration.ofMillis(300))).isNull();
        }
        assertThat(api.get("/api/chat/session/" + session + "/messages", owner).json().get("data")).isEmpty();
    }
}
