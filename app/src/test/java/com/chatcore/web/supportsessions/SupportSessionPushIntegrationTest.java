package com.chatcore.web.supportsessions;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.Socket;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's push: {@code /ws/my_support/?token=} gets the user's session messages and status, and resumes. */
class SupportSessionPushIntegrationTest extends IntegrationTest {

    private ApiClient.Response bare(String method, String path, String token) {
        return api.send(api.request(path, token).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void theUserHearsStatusChangesAndSupportsMessagesAndResumes() {
        String user = accounts.userToken(unique("push"));
        String stranger = accounts.userToken(unique("stranger"));
        String agent = accounts.agentToken(unique("pushagent"));
        long last;
        String session;
        try (Socket socket = Socket.open(port, "/ws/my_support/?token=" + user);
             Socket other = Socket.open(port, "/ws/my_support?token=" + stranger)) {
            session = bare("POST", "/api/chat/session", user).json().get("data").get("id").asString();
            JsonNode pending = socket.next();
            assertThat(pending.get("type").asString()).isEqualTo("support_session_status");
            assertThat(pending.get("session_id").asString()).isEqualTo(session);
            assertThat(pending.get("status").asString()).isEqualTo("pending");

            api.post("/api/chat-rooms/" + session + "/take_chat/", "", agent);
            assertThat(socket.next().get("status").asString()).isEqualTo("active");
            api.post("/api/chat-rooms/" + session + "/send_message/", Map.of("content", "Hola, soy soporte"), agent);
            JsonNode message = socket.next();
            assertThat(message.get("type").asString()).isEqualTo("support_message");
            assertThat(message.get("message").get("sender").asString()).isEqualTo("support");
            assertThat(message.get("message").get("message").asString()).isEqualTo("Hola, soy soporte");
            last = message.get("event_id").asLong();
            assertThat(other.poll(Duration.ofMillis(300))).as("another account hears nothing").isNull();
        }
        api.post("/api/chat/message", Map.of("message", "Gracias"), user);
        bare("PATCH", "/api/chat/session/" + session + "/close", user);
        try (Socket socket = Socket.open(port, "/ws/my_support/?token=" + user + "&last_event_id=" + last)) {
            JsonNode mine = socket.next();
            assertThat(mine.get("message").get("sender").asString()).isEqualTo("user");
            assertThat(mine.get("message").get("message").asString()).isEqualTo("Gracias");
            JsonNode closed = socket.next();
            assertThat(closed.get("status").asString()).isEqualTo("closed");
            assertThat(closed.get("event_id").asLong()).isGreaterThan(mine.get("event_id").asLong());
        }
    }

    @Test
    void aBadTokenIsRefused() {
        assertThat(Socket.refusal(port, "/ws/my_support/?token=not-a-token")).isEqualTo(401);
    }
}
