package com.chatcore.web.supportsessions;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A support session in seed 003's agent workflow: the queue, take, answer, read marks, resolve, close. */
class SupportQueueIntegrationTest extends IntegrationTest {

    private String user;
    private String agent;
    private String session;

    @BeforeEach
    void sessionInTheQueue() {
        user = accounts.userToken(unique("cliente"));
        agent = accounts.agentToken(unique("agente"));
        ApiClient.Response created = api.send(api.request("/api/chat/session", user)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        session = created.json().get("data").get("id").asString();
        assertThat(api.post("/api/chat/message", Map.of("message", "Mi pedido no llegó"), user).status())
                .isEqualTo(201);
    }

    private String status() {
        return api.get("/api/chat/session/active", user).json().get("data").get("status").asString();
    }

    @Test
    void theSessionWaitsInTheAgentsQueueAndLists() {
        JsonNode waiting = onAnyPage("/api/chat-rooms/waiting_chats/?page_size=100", "chats");
        assertThat(waiting).as("the session in waiting_chats").isNotNull();
        long userId = Long.parseLong(api.get("/api/chat/session/active", user).json().get("data").get("userId")
                .asString());
        assertThat(waiting.get("chat_user_info").get("id").asLong()).isEqualTo(userId);
        assertThat(waiting.get("chat_user_info").get("is_temporary").asBoolean()).isFalse();
        assertThat(onAnyPage("/api/chat-rooms/filtered_chats/?status=waiting&page_size=100", "chats"))
                .as("the session in filtered_chats").isNotNull();
        assertThat(api.get("/api/notifications/?limit=100", agent).body()).contains(session);
    }

    /** The session's entry in a paged list (the suite shares one database: other tests' chats wait too). */
    private JsonNode onAnyPage(String path, String listField) {
        for (int page = 1; page <= 200; page++) {
            JsonNode answer = api.get(path + "&page=" + page, agent).json();
            JsonNode chats = answer.get(listField);
            if (chats == null || !chats.isArray() || chats.isEmpty()) {
                return null;
            }
            for (JsonNode chat : chats) {
                if (chat.get("id").asString().equals(session)) {
                    return chat;
                }
            }
        }
        return null;
    }

    @Test
    void anAgentTakesAndAnswersAndTheUserSeesSupport() {
        ApiClient.Response taken = api.post("/api/chat-rooms/" + session + "/take_chat/", "", agent);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        assertThat(status()).isEqualTo("active");
        ApiClient.Response answered = api.post("/api/chat-rooms/" + session + "/send_message/",
                Map.of("content", "Lo reviso ahora"), agent);
        assertThat(answered.status()).as(answered.toString()).isIn(200, 201);

        JsonNode messages = api.get("/api/chat/session/" + session + "/messages", user).json().get("data");
        assertThat(messages.size()).isEqualTo(2);
        assertThat(messages.get(0).get("sender").asString()).isEqualTo("user");
        assertThat(messages.get(1).get("sender").asString()).isEqualTo("support");
        assertThat(messages.get(1).get("message").asString()).isEqualTo("Lo reviso ahora");
        assertThat(messages.get(1).get("isRead").asBoolean()).isFalse();

        ApiClient.Response read = api.send(api.request("/api/chat/session/" + session + "/mark-read", user)
                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("message").asString()).isEqualTo("Mensajes marcados como leídos");
        messages = api.get("/api/chat/session/" + session + "/messages", user).json().get("data");
        assertThat(messages.get(1).get("isRead").asBoolean()).isTrue();
        assertThat(messages.get(0).get("isRead").asBoolean()).as("the user's own message stays unread by support")
                .isFalse();
    }

    @Test
    void anAgentResolvingClosesTheSessionForTheUser() {
        api.post("/api/chat-rooms/" + session + "/take_chat/", "", agent);
        ApiClient.Response resolved = api.post("/api/chat-rooms/" + session + "/resolve/", "", agent);
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(api.get("/api/chat/session/active", user).json().get("data").isNull()).isTrue();
        JsonNode history = api.get("/api/chat/sessions", user).json().get("data");
        assertThat(history.get(0).get("status").asString()).isEqualTo("closed");
        ApiClient.Response next = api.send(api.request("/api/chat/session", user)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
    }

    @Test
    void anAgentClosingTheWaitingSessionEndsIt() {
        ApiClient.Response closed = api.post("/api/chat-rooms/" + session + "/close/", "", agent);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(api.get("/api/chat/session/active", user).json().get("data").isNull()).isTrue();
    }
}
