package com.chatcore.web.error;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text PostgreSQL cannot hold (NUL) or JSON cannot carry faithfully (lone surrogates) is refused with 400
 * and a field error on every route whose text reaches an event or a lookup, before any command: nothing
 * is stored, and the conversation goes on.
 */
class UnstorableTextIntegrationTest extends IntegrationTest {

    /** JSON escapes, so the bytes on the wire are plain ASCII and the server's parser makes the characters. */
    private static final List<String> UNSTORABLE = List.of("a\\u0000b", "a\\ud800b", "end\\udfff", "\\uffff");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private QueryGateway queries;

    private String superuser;
    private String agentToken;
    private long agentId;
    private String room;
    private String key;

    @BeforeEach
    void chatHeldByAnAgent() {
        superuser = accounts.superuserToken();
        String username = unique("text_agent");
        agentId = accounts.createAgent(username, 5).get("id").asLong();
        agentToken = accounts.login(username, Accounts.PASSWORD);
        key = openGuestChat("Hola");
        room = GuestChats.roomIdOf(queries, key);
        ApiClient.Response taken = api.post("/api/chat-rooms/" + room + "/take_chat/", "", agentToken);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
    }

    @Test
    void everyTextFieldThatReachesAnEventRefusesUnstorableText() {
        String session = startSession();
        String chat = "'chat_room_id': '" + key + "'";
        List<Route> routes = List.of(
                new Route("initial_message", "POST", "/api/chat/start_chat/", "{'initial_message': '%s'}", null),
                new Route("full_name", "POST", "/api/chat/complete_chat/", "{'session_id': '" + session
                        + "', 'email': 'g@example.com', 'full_name': '%s', 'phone_number': '+1234567890'}", null),
                new Route("content", "POST", "/api/chat/send_message/", "{" + chat + ", 'content': '%s'}", null),
                new Route("content", "POST", "/api/messages/send_guest_message/", "{" + chat + ", 'content': '%s'}",
                        null),
                new Route("content", "POST", "/api/messages/", "{'chat_room_id': '" + room + "', 'content': '%s'}",
                        agentToken),
                new Route("content", "POST", "/api/chat-rooms/" + room + "/send_message/", "{'content': '%s'}",
                        agentToken),
                new Route("first_name", "POST", "/api/auth/register/", "{'username': '" + unique("u")
                        + "', 'password': 'long-enough-1', 'email': 'x@example.com', 'first_name': '%s'}", null),
                new Route("last_name", "POST", "/api/agents/", "{'username': '" + unique("a")
                        + "', 'password': 'long-enough-1', 'email': 'y@example.com', 'last_name': '%s'}", superuser),
                new Route("employee_id", "PUT", "/api/admin-agents/" + agentId + "/", "{'employee_id': '%s'}",
                        superuser),
                new Route("department", "PUT", "/api/admin-agents/" + agentId + "/", "{'department': '%s'}",
                        superuser),
                new Route("username", "POST", "/api/auth/login/", "{'username': '%s', 'password': 'p'}", null),
                new Route("username", "POST", "/api/token/", "{'username': '%s', 'password': 'p'}", null),
                new Route("email", "POST", "/api/auth/register/", "{'username': '" + unique("e")
                        + "', 'password': 'long-enough-1', 'email': '%s@example.com'}", null),
                new Route("chat_room_id", "POST", "/api/messages/mark_chat_read/", "{'chat_room_id': '%s'}", null),
                new Route("notification_ids", "POST", "/api/notifications/mark_read/", "{'notification_ids': ['%s']}",
                        agentToken));

        long eventsBefore = storedEvents();
        for (Route route : routes) {
            for (String text : UNSTORABLE) {
                ApiClient.Response response = route.send(api, text);
                assertThat(response.status()).as(route + " with " + text + ": " + response).isEqualTo(400);
                assertThat(response.json().get(route.field()).get(0).asString()).as(route + ": " + response)
                        .isIn(StorableText.NULL_CHARACTER, "No se permiten caracteres sustitutos ni no-caracteres: U+"
                                + text.substring(text.indexOf("\\u") + 2, text.indexOf("\\u") + 6).toUpperCase() + ".");
            }
        }
        assertThat(storedEvents()).as("events stored by refused requests").isEqualTo(eventsBefore);
    }

    @Test
    void queryParametersWithNulAreRefusedNotPassedToTheDatabase() {
        for (String path : List.of("/api/user-notifications/get_notifications/?chat_room_id=a%00b",
                "/api/messages/unread_count/?chat_room_id=a%00b", "/api/messages/by_chat/?chat_room_id=a%00b",
                "/api/chat/get_chat_status/?chat_room_id=" + key + "%00")) {
            ApiClient.Response response = api.get(path, null);
            assertThat(response.status()).as(path + ": " + response).isEqualTo(400);
            assertThat(response.json().get("chat_room_id").get(0).asString()).isEqualTo(StorableText.NULL_CHARACTER);
        }
        ApiClient.Response agentRead = api.get("/api/messages/by_chat/?chat_room_id=" + room + "%00", agentToken);
        assertThat(agentRead.status()).as(agentRead.toString()).isEqualTo(400);
    }

    @Test
    void theConversationGoesOnAfterARefusal() {
        ApiClient.Response refused = api.post("/api/chat/send_message/",
                "{\"chat_room_id\": \"" + key + "\", \"content\": \"a\\u0000b\"}", null);
        assertThat(refused.status()).isEqualTo(400);

        ApiClient.Response later = api.post("/api/chat/send_message/",
                Map.of("chat_room_id", key, "content", "después"), null);
        assertThat(later.status()).as(later.toString()).isEqualTo(201);
        ApiClient.Response reply = api.post("/api/chat-rooms/" + room + "/send_message/",
                Map.of("content", "respuesta \uD83D\uDE00"), agentToken);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().toString()).contains("respuesta \uD83D\uDE00");
    }

    private long storedEvents() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE payload_type NOT LIKE '%PriorityChanged%'""", Long.class);
    }

    private String startSession() {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        return started.json().get("session_id").asString();
    }

    /** Opens a guest chat; returns the guest's key. */
    private String openGuestChat(String firstMessage) {
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of("session_id", startSession(),
                "email", "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "full_name", firstMessage + " Guest", "phone_number", "+1234567890"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
    }

    /** A route and a body written with single quotes, whose {@code %s} is the text tried. */
    private record Route(String field, String method, String path, String bodyTemplate, String token) {

        ApiClient.Response send(ApiClient api, String text) {
            String body = bodyTemplate.replace('\'', '"').formatted(text);
            return api.send(api.request(path, token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body)));
        }
    }
}
