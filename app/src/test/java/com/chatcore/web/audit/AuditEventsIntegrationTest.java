package com.chatcore.web.audit;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.GuestKeys;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: an auditor reads event streams straight from the event store. */
class AuditEventsIntegrationTest extends IntegrationTest {

    /** A seed 003 room: a guest's chat, taken by an agent, a message each way. */
    record Room(String id, String key, long agentUserId, String agentToken) {
    }

    @Test
    void auditorReadsARoomsHistoryInOrderWithActorsAndCorrelationIds() {
        Room room = room();
        String auditor = accounts.auditorToken(unique("auditor"));

        ApiClient.Response answer = api.get("/api/audit/conversations/" + room.id() + "/events", auditor);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode page = answer.json();
        List<JsonNode> events = page.get("results").valueStream().toList();
        assertThat(events).extracting(e -> e.get("type").asString()).as(answer.toString()).containsExactly(
                "ChatStartedEvent", "ChatTakenEvent", "MessageSentEvent", "MessageSentEvent");
        assertThat(page.get("count").asLong()).isEqualTo(4);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("sequence").asLong()).isEqualTo(i);
            assertThat(events.get(i).get("aggregate_id").asString()).isEqualTo(room.id());
            if (i > 0) {
                assertThat(events.get(i).get("global_index").asLong())
                        .isGreaterThan(events.get(i - 1).get("global_index").asLong());
                assertThat(java.time.Instant.parse(events.get(i).get("timestamp").asString()))
                        .isAfterOrEqualTo(java.time.Instant.parse(events.get(i - 1).get("timestamp").asString()));
            }
        }
        assertThat(events.get(0).get("actor")).isEqualTo(ExpectedJson.parse("{\"id\": null, \"role\": \"GUEST\"}"));
        assertThat(events.get(1).get("actor")).isEqualTo(ExpectedJson.parse("{\"id\": %d, \"role\": \"AGENT\"}",
                room.agentUserId()));
        assertThat(events.get(1).get("correlation_id").asString()).isEqualTo("audit-take-" + room.id());
        assertThat(events.get(2).get("correlation_id").asString()).isEqualTo("audit-reply-" + room.id());
        assertThat(events.get(2).get("payload").get("content").asString()).isEqualTo("Buenos días");
        assertThat(events.get(2).get("payload").get("senderType").asString()).isEqualTo("AGENT");
        assertThat(events.get(3).get("actor").get("role").asString()).isEqualTo("GUEST");
        assertThat(events.get(3).get("payload").get("content").asString()).isEqualTo("Gracias");
        assertThat(answer.body()).doesNotContain(room.key());
    }

    @Test
    void pagesSplitTheHistoryAndNdjsonStreamsAllOfIt() {
        Room room = room();
        String auditor = accounts.auditorToken(unique("auditor"));
        JsonNode all = api.get("/api/audit/conversations/" + room.id() + "/events", auditor).json().get("results");

        JsonNode second = api.get("/api/audit/conversations/" + room.id() + "/events?page=2&page_size=3", auditor)
                .json();
        ApiClient.Response streamed = api.send(api.request("/api/audit/conversations/" + room.id() + "/events",
                auditor).header("Accept", "application/x-ndjson").GET());

        assertThat(second.get("count").asLong()).isEqualTo(4);
        assertThat(second.get("pages").asLong()).isEqualTo(2);
        assertThat(second.get("results").valueStream().toList()).containsExactly(all.get(3));
        assertThat(streamed.status()).as(streamed.toString()).isEqualTo(200);
        assertThat(streamed.raw().headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/x-ndjson");
        List<JsonNode> lines = streamed.body().lines().map(ExpectedJson::parse).toList();
        assertThat(lines).containsExactlyElementsOf(all.valueStream().toList());
        JsonNode pastTheEnd = api.get("/api/audit/conversations/" + room.id() + "/events?page=3&page_size=3", auditor)
                .json();
        assertThat(pastTheEnd.get("count").asLong()).isEqualTo(4);
        assertThat(pastTheEnd.get("results").isEmpty()).isTrue();
    }

    @Test
    void registrationAndPasswordChangeCarryNoPasswordHash() {
        String name = unique("agent");
        JsonNode agent = accounts.createAgent(name, 3);
        ApiClient.Response changed = api.send(api.request("/api/admin-agents/" + agent.get("id").asLong() + "/",
                accounts.superuserToken()).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"password\": \"another-horse-2\"}")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        long userId = agent.get("user").get("id").asLong();

        ApiClient.Response answer = api.get("/api/audit/users/" + userId + "/events",
                accounts.auditorToken(unique("auditor")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> events = answer.json().get("results").valueStream().toList();
        assertThat(events).extracting(e -> e.get("type").asString())
                .containsExactly("UserRegisteredEvent", "UserPasswordChangedEvent");
        JsonNode registered = events.get(0).get("payload");
        assertThat(registered.get("username").asString()).isEqualTo(name);
        assertThat(registered.get("role").asString()).isEqualTo("AGENT");
        assertThat(registered.has("passwordHash")).isFalse();
        assertThat(events.get(1).get("payload").has("passwordHash")).isFalse();
        assertThat(events.get(0).get("actor").get("role").asString()).isEqualTo("SUPERUSER");
        assertThat(answer.body()).doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain("$2y$");
        ApiClient.Response agentEvents = api.get("/api/audit/agents/" + agent.get("id").asLong() + "/events",
                accounts.superuserToken());
        assertThat(agentEvents.json().get("results").get(0).get("type").asString()).isEqualTo("AgentRegisteredEvent");
    }

    @Test
    void onlyAuditorsAndSuperusersReadTheAuditRoutes() {
        Room room = room();
        String path = "/api/audit/conversations/" + room.id() + "/events";

        assertThat(api.get(path, accounts.userToken(unique("user"))).status()).isEqualTo(403);
        assertThat(api.get(path, room.agentToken()).status()).isEqualTo(403);
        assertThat(api.get("/api/audit/users/" + room.agentUserId() + "/events", room.agentToken()).status())
                .isEqualTo(403);
        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, accounts.superuserToken()).status()).isEqualTo(200);
    }

    @Test
    void unknownStreamsAreNotFoundAndBadPagingIsAFieldError() {
        String auditor = accounts.auditorToken(unique("auditor"));
        Room room = room();

        assertThat(api.get("/api/audit/conversations/no-such-room/events", auditor).status()).isEqualTo(404);
        assertThat(api.get("/api/audit/agents/abc/events", auditor).status()).isEqualTo(404);
        // A room's id names no agent or account, and an account's no conversation.
        assertThat(api.get("/api/audit/users/" + room.id() + "/events", auditor).status()).isEqualTo(404);
        assertThat(api.get("/api/audit/conversations/user-" + room.agentUserId() + "/events", auditor).status())
                .isEqualTo(404);
        ApiClient.Response badPage = api.get("/api/audit/conversations/" + room.id() + "/events?page=x", auditor);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().has("page")).as(badPage.toString()).isTrue();
        ApiClient.Response tooBig = api.get("/api/audit/conversations/" + room.id() + "/events?page_size=1001",
                auditor);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().has("page_size")).as(tooBig.toString()).isTrue();
    }

    @Test
    void actionsListWhatOneAgentDidAcrossConversationsInTimeOrder() {
        Room first = room();
        String auditor = accounts.auditorToken(unique("auditor"));
        String path = "/api/audit/users/" + first.agentUserId() + "/actions";

        ApiClient.Response answer = api.get(path, auditor);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> actions = answer.json().get("results").valueStream().toList();
        assertThat(actions).extracting(e -> e.get("type").asString())
                .containsExactly("ChatTakenEvent", "MessageSentEvent");
        assertThat(actions).allSatisfy(action -> {
            assertThat(action.get("aggregate_id").asString()).isEqualTo(first.id());
            assertThat(action.get("actor").get("id").asLong()).isEqualTo(first.agentUserId());
        });
        String taken = actions.get(0).get("timestamp").asString();
        JsonNode fromTheReply = api.get(path + "?from=" + actions.get(1).get("timestamp").asString(), auditor).json();
        assertThat(fromTheReply.get("results").valueStream().map(e -> e.get("type").asString()).toList())
                .containsExactly("MessageSentEvent");
        assertThat(api.get(path + "?to=" + taken, auditor).json().get("count").asLong()).isEqualTo(1);
        assertThat(api.get(path + "?from=2999-01-01T00:00:00Z", auditor).json().get("count").asLong()).isZero();
        ApiClient.Response bad = api.get(path + "?from=yesterday", auditor);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().has("from")).as(bad.toString()).isTrue();
    }

    /**
     * Pages and NDJSON streams asked for in parallel, as a dashboard does: each answer whole, with the security
     * headers once. A streamed answer commits on another thread; headers written from two threads at once
     * corrupted Tomcat's header table under load (an NPE in MimeHeaders, an answer lost).
     */
    @Test
    void parallelPagesAndStreamsEachKeepTheirHeaders() throws Exception {
        Room room = room();
        String auditor = accounts.auditorToken(unique("auditor"));
        String path = "/api/audit/conversations/" + room.id() + "/events";
        List<Callable<ApiClient.Response>> reads = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            HttpRequest.Builder request = i % 2 == 0 ? api.request(path + "?page_size=2", auditor)
                    : api.request(path, auditor).header("Accept", "application/x-ndjson");
            reads.add(() -> api.send(request.GET()));
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            for (Future<ApiClient.Response> read : clients.invokeAll(reads)) {
                ApiClient.Response answer = read.get();
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                assertThat(answer.raw().headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
                assertThat(answer.raw().headers().allValues("Cache-Control")).hasSize(1);
                boolean streamed = answer.raw().headers().firstValue("Content-Type").orElseThrow()
                        .startsWith("application/x-ndjson");
                assertThat(streamed ? answer.body().lines().count() : answer.json().get("results").size())
                        .as(answer.toString()).isEqualTo(streamed ? 4 : 2);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private Room room() {
        String agentName = unique("agent");
        JsonNode agent = accounts.createAgent(agentName, 5);
        String agentToken = accounts.login(agentName, Accounts.PASSWORD);
        String guest = unique("Guest");
        String key = GuestKeys.open(api, guest);
        String roomId = waitingRoomOf(guest);
        ApiClient.Response taken = api.send(api.request("/api/chat-rooms/" + roomId + "/take_chat/", agentToken)
                .header("Content-Type", "application/json").header("X-Correlation-Id", "audit-take-" + roomId)
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        ApiClient.Response reply = api.send(api.request("/api/chat-rooms/" + roomId + "/send_message/", agentToken)
                .header("Content-Type", "application/json").header("X-Correlation-Id", "audit-reply-" + roomId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\": \"Buenos días\"}")));
        assertThat(reply.status()).as(reply.toString()).isIn(200, 201);
        ApiClient.Response sent = api.post("/api/chat/send_message/", Map.of("chat_room_id", key, "content",
                "Gracias"), null);
        assertThat(sent.status()).as(sent.toString()).isIn(200, 201);
        return new Room(roomId, key, agent.get("user").get("id").asLong(), agentToken);
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
