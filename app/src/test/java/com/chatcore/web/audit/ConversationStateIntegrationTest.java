package com.chatcore.web.audit;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestKeys;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's time travel: {@code state?at=} replays a conversation's events up to an instant. The instants are
 * the events' own timestamps (from the events route) and the microsecond before the next one.
 */
class ConversationStateIntegrationTest extends IntegrationTest {

    @Test
    void aRoomAsItStoodBeforeBetweenAndAfterItsEvents() {
        String agentName = unique("agent");
        JsonNode agent = accounts.createAgent(agentName, 5);
        long agentId = agent.get("id").asLong();
        String agentToken = accounts.login(agentName, Accounts.PASSWORD);
        String guest = unique("Guest");
        String key = GuestKeys.open(api, guest);
        String roomId = waitingRoomOf(guest);
        post("/api/chat-rooms/" + roomId + "/take_chat/", Map.of(), agentToken);
        post("/api/chat-rooms/" + roomId + "/send_message/", Map.of("content", "Buenos días"), agentToken);
        ApiClient.Response sent = api.post("/api/chat/send_message/", Map.of("chat_room_id", key, "content",
                "Gracias"), null);
        assertThat(sent.status()).as(sent.toString()).isIn(200, 201);
        post("/api/chat-rooms/" + roomId + "/resolve/", Map.of(), agentToken);
        String auditor = accounts.auditorToken(unique("auditor"));
        List<JsonNode> events = events(roomId, auditor);
        assertThat(events).extracting(e -> e.get("type").asString()).containsExactly("ChatStartedEvent",
                "ChatTakenEvent", "MessageSentEvent", "MessageSentEvent", "ChatResolvedEvent");
        List<Instant> at = events.stream().map(e -> Instant.parse(e.get("timestamp").asString())).toList();

        ApiClient.Response before = state(roomId, at.get(0).minusNanos(1000), auditor);
        assertThat(before.status()).as(before.toString()).isEqualTo(404);

        JsonNode started = ok(state(roomId, at.get(0), auditor));
        assertThat(started.get("kind").asString()).isEqualTo("WEB_GUEST");
        assertThat(started.get("status").asString()).isEqualTo("waiting");
        assertThat(started.get("assigned_agent").isNull()).isTrue();
        assertThat(started.get("events_applied").asLong()).isEqualTo(1);
        assertThat(started.get("last_event_at").asString()).isEqualTo(at.get(0).toString());

        JsonNode justBeforeTheReply = ok(state(roomId, between(at.get(1), at.get(2)), auditor));
        assertThat(justBeforeTheReply.get("status").asString()).isEqualTo("active");
        assertThat(justBeforeTheReply.get("assigned_agent").asLong()).isEqualTo(agentId);
        assertThat(justBeforeTheReply.get("events_applied").asLong()).isEqualTo(2);

        JsonNode replied = ok(state(roomId, at.get(2), auditor));
        assertThat(replied.get("last_message").get("content").asString()).isEqualTo("Buenos días");
        assertThat(replied.get("last_message").get("sender").asString()).isEqualTo("AGENT");
        assertThat(replied.get("last_message").get("sender_id").asLong()).isEqualTo(agentId);
        assertThat(replied.get("last_message").get("timestamp").asString()).isEqualTo(at.get(2).toString());
        assertThat(replied.get("last_message").get("id").asString())
                .isEqualTo(events.get(2).get("payload").get("messageId").asString());

        JsonNode after = ok(state(roomId, at.get(4).plusSeconds(3600), auditor));
        assertThat(after.get("status").asString()).isEqualTo("resolved");
        assertThat(after.get("assigned_agent").asLong()).isEqualTo(agentId);
        assertThat(after.get("last_message").get("content").asString()).isEqualTo("Gracias");
        assertThat(after.get("last_message").get("sender").asString()).isEqualTo("USER");
        assertThat(after.get("message_count").asLong())
                .isEqualTo(replied.get("message_count").asLong() + 1);
        assertThat(after.get("events_applied").asLong()).isEqualTo(5);
        assertThat(after.get("participants").isNull()).isTrue();
    }

    @Test
    void aSupportSessionADirectChatAndACrmChatHaveStatesToo() {
        String auditor = accounts.auditorToken(unique("auditor"));
        String luis = accounts.userToken(unique("luis"));
        ApiClient.Response session = api.send(api.request("/api/chat/session", luis)
                .method("POST", HttpRequest.BodyPublishers.noBody()));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        String sessionId = session.json().get("data").get("id").asString();
        Instant sessionStarted = Instant.parse(events(sessionId, auditor).get(0).get("timestamp").asString());
        JsonNode support = ok(state(sessionId, sessionStarted, auditor));
        assertThat(support.get("kind").asString()).isEqualTo("SUPPORT");
        assertThat(support.get("status").asString()).isEqualTo("waiting");
        assertThat(state(sessionId, sessionStarted.minusMillis(1), auditor).status()).isEqualTo(404);

        String ana = unique("ana");
        long anaId = accounts.register(ana).get("id").asLong();
        String bea = unique("bea");
        long beaId = accounts.register(bea).get("id").asLong();
        ApiClient.Response direct = api.post("/api/chats", Map.of("participants", List.of(anaId, beaId)),
                accounts.login(ana, Accounts.PASSWORD));
        assertThat(direct.status()).as(direct.toString()).isEqualTo(201);
        String chatId = direct.json().get("data").get("id").asString();
        Instant created = Instant.parse(events(chatId, auditor).get(0).get("timestamp").asString());
        JsonNode chat = ok(state(chatId, created, auditor));
        assertThat(chat.get("kind").asString()).isEqualTo("DIRECT");
        assertThat(chat.get("status").asString()).isEqualTo("active");
        assertThat(chat.get("participants").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(anaId, beaId);
        assertThat(chat.get("message_count").isNull()).isTrue();

        ApiClient.Response crm = api.post("/api/crm/chats", Map.of("sesion_id", 123, "contact_id", 456),
                accounts.agentToken(unique("crm_agent")));
        assertThat(crm.status()).as(crm.toString()).isEqualTo(200);
        String crmId = crm.json().get("data").get("id").asString();
        Instant opened = Instant.parse(events(crmId, auditor).get(0).get("timestamp").asString());
        JsonNode crmChat = ok(state(crmId, opened, auditor));
        assertThat(crmChat.get("kind").asString()).isEqualTo("CRM");
        assertThat(crmChat.get("status").asString()).isEqualTo("open");
        assertThat(crmChat.get("session_id").asLong()).isEqualTo(123);
        assertThat(crmChat.get("contact_id").asLong()).isEqualTo(456);
    }

    @Test
    void aMissingOrBadInstantIsAFieldErrorAndOnlyAuditorsAndSuperusersAsk() {
        String auditor = accounts.auditorToken(unique("auditor"));
        String path = "/api/audit/conversations/no-such-room/state";

        ApiClient.Response missing = api.get(path, auditor);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
        assertThat(missing.json().has("at")).as(missing.toString()).isTrue();
        ApiClient.Response bad = api.get(path + "?at=yesterday", auditor);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().has("at")).as(bad.toString()).isTrue();
        assertThat(api.get(path + "?at=2026-01-01T00:00:00Z", auditor).status()).isEqualTo(404);
        assertThat(api.get(path + "?at=2026-01-01T00:00:00Z", accounts.superuserToken()).status()).isEqualTo(404);
        assertThat(api.get(path + "?at=2026-01-01T00:00:00Z", accounts.userToken(unique("user"))).status())
                .isEqualTo(403);
    }

    private static Instant between(Instant earlier, Instant later) {
        Instant justBefore = later.minusNanos(1000);
        assertThat(justBefore).isAfterOrEqualTo(earlier);
        return justBefore;
    }

    private ApiClient.Response state(String id, Instant at, String token) {
        return api.get("/api/audit/conversations/" + id + "/state?at=" + at, token);
    }

    private static JsonNode ok(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private List<JsonNode> events(String id, String token) {
        return ok(api.get("/api/audit/conversations/" + id + "/events", token)).get("results").valueStream()
                .toList();
    }

    private void post(String path, Object body, String token) {
        ApiClient.Response answer = api.post(path, body, token);
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
    }

    private String waitingRoomOf(String fullName) {
        ApiClient.Response page = api.get("/api/chat-rooms/all_chats/?status=waiting&page_size=100",
                accounts.superuserToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("chats").valueStream()
                .filter(chat -> fullName.equals(chat.get("chat_user").get("full_name").asString()))
                .map(chat -> chat.get("id").asString()).findFirst().orElseThrow();
    }
}
