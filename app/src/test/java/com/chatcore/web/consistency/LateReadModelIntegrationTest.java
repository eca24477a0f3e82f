package com.chatcore.web.consistency;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message is stored, but its read model is stopped: the send answers 201 with the message as the command
 * stored it, not 503 (which would invite a retry that writes it twice), and the message shows once the
 * read model runs again. Its own context and PostgreSQL: the shared one waits 5 s for a read model.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.jwt.secret=late-read-model-secret-of-at-least-32-bytes!",
        "chat.bootstrap-superuser.username=" + IntegrationTest.SUPERUSER,
        "chat.bootstrap-superuser.password=" + IntegrationTest.SUPERUSER_PASSWORD,
        "chat.embedded-database.durable=false",
        "chat.read-your-writes-timeout=300ms"
})
class LateReadModelIntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private QueryGateway queries;
    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient api;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "late-" + UUID.randomUUID()).toString());
    }

    @Test
    void aStoredMessageIsAnsweredFromItsCommandWhenTheReadModelIsLate() {
        api = new ApiClient(port);
        Accounts accounts = new Accounts(api);
        String username = IntegrationTest.unique("late_agent");
        accounts.createAgent(username, 5);
        String agent = accounts.login(username, Accounts.PASSWORD);
        String key = openGuestChat();
        String room = GuestChats.roomIdOf(queries, key);
        assertThat(api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent).status()).isEqualTo(200);

        EventProcessor liveChat = processing.eventProcessor("livechat").orElseThrow();
        liveChat.shutDown();
        try {
            ApiClient.Response guest = api.post("/api/chat/send_message/",
                    Map.of("chat_room_id", key, "content", "mientras tanto"), null);
            ApiClient.Response reply = api.post("/api/chat-rooms/" + room + "/send_message/",
                    Map.of("content", "respuesta tardía"), agent);
            ApiClient.Response viaMessages = api.post("/api/messages/",
                    Map.of("chat_room_id", room, "content", "otra respuesta"), agent);

            assertThat(guest.status()).as(guest.toString()).isEqualTo(201);
            assertThat(guest.json().get("content").asString()).isEqualTo("mientras tanto");
            assertThat(guest.json().get("sender_type").asString()).isEqualTo("user");
            assertThat(guest.json().get("chat_room").asString()).isEqualTo(room);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            assertThat(reply.json().get("agent_sender").toString()).contains(username);
            assertThat(viaMessages.status()).as(viaMessages.toString()).isEqualTo(201);
            assertThat(storedMessages(guest, reply, viaMessages)).isEqualTo(3);
        } finally {
            liveChat.start();
        }
        ApiClient.Response shown = awaitMessages(room, agent, "otra respuesta");
        assertThat(shown.body()).contains("mientras tanto", "respuesta tardía", "otra respuesta");
    }

    @Test
    void aRegistrationAndAGuestStartAreAnsweredFromTheirCommandsWhenTheReadModelIsLate() {
        api = new ApiClient(port);
        String username = IntegrationTest.unique("late_user");
        EventProcessor users = processing.eventProcessor("users").orElseThrow();
        EventProcessor sessions = processing.eventProcessor("guestsessions").orElseThrow();
        users.shutDown();
        sessions.shutDown();
        ApiClient.Response registered;
        ApiClient.Response started;
        try {
            registered = api.post("/api/auth/register/", Map.of("username", username, "password", "correct-horse-1",
                    "email", username + "@example.com", "first_name", "Tardía"), null);
            started = api.post("/api/chat/start_chat/", Map.of("initial_message", "¿Hola?"), null);
        } finally {
            users.start();
            sessions.start();
        }
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("user").get("username").asString()).isEqualTo(username);
        assertThat(registered.json().get("user").get("first_name").asString()).isEqualTo("Tardía");
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().get("expires_in").asLong()).isEqualTo(1800);

        long userId = registered.json().get("user").get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "user-" + userId)).isEqualTo(1);
        ApiClient.Response login = awaitLogin(username);
        assertThat(login.json().get("user").get("id").asLong()).isEqualTo(userId);
    }

    @Test
    void aCompletedGuestChatIsAnsweredFromItsCommandWhenTheReadModelIsLate() {
        api = new ApiClient(port);
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        EventProcessor liveChat = processing.eventProcessor("livechat").orElseThrow();
        EventProcessor sessions = processing.eventProcessor("guestsessions").orElseThrow();
        liveChat.shutDown();
        sessions.shutDown();
        ApiClient.Response completed;
        try {
            completed = api.post("/api/chat/complete_chat/", Map.of(
                    "session_id", started.json().get("session_id").asString(), "email", "tarde@example.com",
                    "full_name", "Invitada Tardía", "phone_number", "+1234567890"), null);
        } finally {
            liveChat.start();
            sessions.start();
        }
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        String key = completed.json().get("chat_room_id").asString();
        assertThat(completed.json().get("user_name").asString()).isEqualTo("Invitada Tardía");
        assertThat(completed.json().get("user_data").get("id").asString()).isEqualTo(key);
        // The key answered is the one stored: once the read models run, it opens the guest's chat.
        for (int attempt = 0; ; attempt++) {
            ApiClient.Response status = api.get("/api/chat/get_chat_status/?chat_room_id=" + key, null);
            if (status.status() == 200) {
                break;
            }
            assertThat(attempt).as(status.toString()).isLessThan(100);
            sleep();
        }
    }

    @Test
    void aNewAgentIsAnsweredFromItsCommandWhenTheReadModelIsLate() {
        api = new ApiClient(port);
        String superuser = new Accounts(api).superuserToken();
        String username = IntegrationTest.unique("late_new_agent");
        // The agents read model runs in the livechat processor (AxonConfig).
        EventProcessor agents = processing.eventProcessor("livechat").orElseThrow();
        agents.shutDown();
        ApiClient.Response created;
        try {
            created = api.post("/api/admin-agents/", Map.of("username", username, "password", "correct-horse-1",
                    "confirm_password", "correct-horse-1", "email", username + "@example.com",
                    "first_name", "Ana", "last_name", "Tarde", "max_concurrent_chats", 3), superuser);
        } finally {
            agents.start();
        }
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long agentId = created.json().get("id").asLong();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "agent-" + agentId)).isEqualTo(1);
        for (int attempt = 0; ; attempt++) {
            ApiClient.Response shown = api.get("/api/agents/" + agentId + "/", superuser);
            if (shown.status() == 200) {
                assertThat(shown.body()).contains(username);
                break;
            }
            assertThat(attempt).as(shown.toString()).isLessThan(100);
            sleep();
        }
    }

    private ApiClient.Response awaitLogin(String username) {
        for (int attempt = 0; attempt < 100; attempt++) {
            ApiClient.Response login = api.post("/api/auth/login/",
                    Map.of("username", username, "password", "correct-horse-1"), null);
            if (login.status() == 200) {
                return login;
            }
            sleep();
        }
        throw new AssertionError("the account never showed in the read model");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long storedMessages(ApiClient.Response... answers) {
        long stored = 0;
        for (ApiClient.Response answer : answers) {
            stored += jdbc.queryForObject("""
                    SELECT count(*) FROM domain_event_entry
                    WHERE payload_type LIKE '%MessageSentEvent' AND convert_from(payload, 'UTF8') LIKE ?""",
                    Long.class, "%" + answer.json().get("id").asString() + "%");
        }
        return stored;
    }

    private ApiClient.Response awaitMessages(String room, String agent, String last) {
        for (int attempt = 0; attempt < 100; attempt++) {
            ApiClient.Response messages = api.get("/api/messages/by_chat/?chat_room_id=" + room, agent);
            if (messages.body().contains(last)) {
                return messages;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the read model never showed " + last);
    }

    private String openGuestChat() {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(),
                "email", "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "full_name", "Late Guest", "phone_number", "+1234567890"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
    }
}
