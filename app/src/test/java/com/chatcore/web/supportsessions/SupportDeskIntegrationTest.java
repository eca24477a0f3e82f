package com.chatcore.web.supportsessions;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The support screens of seed 001's public client: the calls its chatService.ts makes beyond the document, as
 * an agent and a superuser make them, on sessions the seed 003 queue holds too.
 */
class SupportDeskIntegrationTest extends IntegrationTest {

    private String user;
    private String userName;
    private String agent;
    private long agentId;
    private String session;

    @BeforeEach
    void aPendingSession() {
        userName = unique("cliente");
        user = accounts.userToken(userName);
        String agentName = unique("agente");
        agentId = accounts.createAgent(agentName, 3).get("id").asLong();
        agent = accounts.login(agentName, com.chatcore.support.Accounts.PASSWORD);
        ApiClient.Response created = api.send(api.request("/api/chat/session", user)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        session = created.json().get("data").get("id").asString();
        assertThat(api.post("/api/chat/message", Map.of("message", "No me llega el código"), user).status())
                .isEqualTo(201);
    }

    @Test
    void theDeskListsEverySessionWithItsUserAndPagination() {
        ApiClient.Response all = api.get("/api/chat/sessions/all?status=pending&limit=100", agent);

        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        JsonNode data = all.json().get("data");
        assertThat(data.get("pagination").get("page").asInt()).isEqualTo(1);
        assertThat(data.get("pagination").get("limit").asInt()).isEqualTo(100);
        assertThat(data.get("pagination").get("totalPages").asLong()).isPositive();
        JsonNode mine = find(data.get("sessions"));
        assertThat(mine).as("the new session on the desk").isNotNull();
        assertThat(mine.get("status").asString()).isEqualTo("pending");
        assertThat(mine.get("userId").isString()).isTrue();
        assertThat(mine.get("user").get("email").asString()).isEqualTo(userName + "@example.com");
        assertThat(mine.get("supportAgent").isNull()).isTrue();
        assertThat(mine.get("messages").get(0).get("message").asString()).isEqualTo("No me llega el código");
        Instant.parse(mine.get("lastMessageAt").asString());
        Instant.parse(mine.get("createdAt").asString());

        JsonNode pending = api.get("/api/chat/sessions/status/pending", accounts.superuserToken()).json();
        assertThat(find(pending.get("data"))).isNotNull();
        assertThat(find(api.get("/api/chat/sessions/status/active", agent).json().get("data"))).isNull();
    }

    @Test
    void anAgentTakesAnswersReleasesAndClosesAndTheUserSeesIt() {
        ApiClient.Response taken = api.post("/api/chat/session/" + session + "/take", "", agent);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
        JsonNode held = taken.json().get("data");
        assertThat(held.get("status").asString()).isEqualTo("active");
        assertThat(held.get("supportAgentId").asString()).isEqualTo(Long.toString(agentId));
        assertThat(held.get("supportAgent").get("email").asString()).endsWith("@example.com");

        ApiClient.Response answered = api.post("/api/chat/session/" + session + "/support-message",
                Map.of("message", "Te envío uno nuevo"), agent);
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        assertThat(answered.json().get("data").get("sender").asString()).isEqualTo("support");
        JsonNode seen = api.get("/api/chat/session/" + session + "/messages", user).json().get("data");
        assertThat(seen.get(seen.size() - 1).get("message").asString()).isEqualTo("Te envío uno nuevo");
        JsonNode bySupport = api.get("/api/chat/session/" + session + "/messages/support", agent).json().get("data");
        assertThat(bySupport.size()).isEqualTo(2);

        ApiClient.Response released = api.post("/api/chat/session/" + session + "/release", "", agent);
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().get("data").get("status").asString()).isEqualTo("pending");

        ApiClient.Response closed = api.post("/api/chat/session/" + session + "/close", "", agent);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("data").get("status").asString()).isEqualTo("closed");
        assertThat(api.get("/api/chat/session/active", user).json().get("data").isNull()).isTrue();
    }

    @Test
    void aSuperuserAssignsAndAnotherAgentCannotAnswer() {
        String root = accounts.superuserToken();
        ApiClient.Response assigned = api.patch("/api/chat/session/" + session + "/assign",
                Map.of("supportAgentId", Long.toString(agentId)), root);
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("data").get("supportAgentId").asString()).isEqualTo(Long.toString(agentId));

        String colleague = accounts.agentToken(unique("colega"));
        ApiClient.Response refused = api.post("/api/chat/session/" + session + "/support-message",
                Map.of("message", "hola"), colleague);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("success").asBoolean()).isFalse();
        ApiClient.Response bySuperuser = api.post("/api/chat/session/" + session + "/support-message",
                Map.of("message", "hola"), root);
        assertThat(bySuperuser.status()).as(bySuperuser.toString()).isEqualTo(403);
        ApiClient.Response takenTwice = api.post("/api/chat/session/" + session + "/take", "", colleague);
        assertThat(takenTwice.status()).as(takenTwice.toString()).isEqualTo(409);
        ApiClient.Response unknownAgent = api.patch("/api/chat/session/" + session + "/assign",
                Map.of("supportAgentId", "999999999"), root);
        assertThat(unknownAgent.status()).as(unknownAgent.toString()).isEqualTo(404);
        ApiClient.Response noAgent = api.patch("/api/chat/session/" + session + "/assign", Map.of(), root);
        assertThat(noAgent.status()).as(noAgent.toString()).isEqualTo(400);
    }

    @Test
    void theDashboardCountsSessionsAndFirstResponses() {
        JsonNode before = api.get("/api/chat/stats", agent).json().get("data");
        assertThat(api.post("/api/chat/session/" + session + "/take", "", agent).status()).isEqualTo(200);
        assertThat(api.post("/api/chat/session/" + session + "/support-message", Map.of("message", "Hola"), agent)
                .status()).isEqualTo(201);

        ApiClient.Response stats = api.get("/api/chat/stats", agent);

        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        JsonNode after = stats.json().get("data");
        assertThat(after.get("activeSessions").asLong()).isEqualTo(before.get("activeSessions").asLong() + 1);
        assertThat(after.get("pendingSessions").asLong()).isEqualTo(before.get("pendingSessions").asLong() - 1);
        assertThat(after.get("totalSessions").asLong()).isEqualTo(before.get("totalSessions").asLong());
        assertThat(after.get("sessionsToday").asLong()).isPositive();
        assertThat(after.get("averageResponseTime").isNumber()).isTrue();
    }

    @Test
    void usersAndBadTokensAreKeptOutInTheSeedsShape() {
        ApiClient.Response asUser = api.get("/api/chat/sessions/all", user);
        assertThat(asUser.status()).as(asUser.toString()).isEqualTo(403);
        assertThat(asUser.json().get("success").asBoolean()).isFalse();
        ApiClient.Response noToken = api.get("/api/chat/stats", null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.json().get("message").asString()).isEqualTo("Token inválido o expirado");
        ApiClient.Response badStatus = api.get("/api/chat/sessions/status/archived", agent);
        assertThat(badStatus.status()).as(badStatus.toString()).isEqualTo(400);
        assertThat(api.get("/api/chat/session/nope/messages/support", agent).status()).isEqualTo(404);
    }

    private JsonNode find(JsonNode sessions) {
        for (JsonNode candidate : sessions) {
            if (candidate.get("id").asString().equals(session)) {
                return candidate;
            }
        }
        return null;
    }
}
