package com.chatcore.web.agents;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/agents/: who may create agents, the seed's answer, and the new agent's first login. */
class AgentCreationIntegrationTest extends IntegrationTest {

    @Test
    void superuserCreatesAnAgentAndGetsTheSeedShape() {
        String name = unique("agent");

        ApiClient.Response response = api.post("/api/agents/", AgentFixtures.creation(name),
                accounts.superuserToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = response.json();
        long id = body.get("id").asLong();
        long userId = body.get("user").get("id").asLong();
        assertThat(id).isPositive();
        assertThat(userId).isPositive();
        assertThat(body).isEqualTo(AgentFixtures.agent(id, userId, name, "Ana", "Ruiz", name + "@example.com",
                true, 0, 7));
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        String name = unique("agent");
        Map<String, Object> request = Map.of("username", name, "password", Accounts.PASSWORD,
                "email", name + "@example.com");

        ApiClient.Response response = api.post("/api/agents/", request, accounts.superuserToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body).isEqualTo(AgentFixtures.agent(body.get("id").asLong(), body.get("user").get("id").asLong(),
                name, "", "", name + "@example.com", true, 0, 5));
    }

    @Test
    void unavailableAgentCanBeCreated() {
        String name = unique("agent");
        Map<String, Object> request = AgentFixtures.creation(name);
        request.put("is_available", false);

        ApiClient.Response response = api.post("/api/agents/", request, accounts.superuserToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("is_available").asBoolean()).isFalse();
    }

    @Test
    void newAgentCanLogInRightAway() {
        String superuser = accounts.superuserToken();
        for (int i = 0; i < 5; i++) {
            String name = unique("agent");
            JsonNode agent = api.post("/api/agents/", AgentFixtures.creation(name), superuser).json();

            ApiClient.Response login = api.post("/api/auth/login/",
                    Map.of("username", name, "password", Accounts.PASSWORD), null);

            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            JsonNode body = login.json();
            assertThat(body.get("token").asString()).contains(".");
            assertThat(body).isEqualTo(ExpectedJson.parse("""
                    {"token": "%s",
                     "user": {"id": %d, "username": "%s", "email": "%s@example.com",
                              "first_name": "Ana", "last_name": "Ruiz", "is_superuser": false},
                     "agent": {"id": %d, "user": %d, "is_available": true, "current_active_chats": 0,
                               "max_concurrent_chats": 7}}""",
                    body.get("token").asString(), agent.get("user").get("id").asLong(), name, name,
                    agent.get("id").asLong(), agent.get("user").get("id").asLong()));
            ApiClient.Response list = api.get("/api/agents/", body.get("token").asString());
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
        }
    }

    @Test
    void agentMayNotCreateAgents() {
        String token = accounts.agentToken(unique("agent"));

        ApiClient.Response response = api.post("/api/agents/", AgentFixtures.creation(unique("agent")), token);

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.FORBIDDEN));
    }

    @Test
    void userMayNotCreateAgents() {
        String token = accounts.userToken(unique("user"));

        ApiClient.Response response = api.post("/api/agents/", AgentFixtures.creation(unique("agent")), token);

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.FORBIDDEN));
    }

    @Test
    void permissionIsCheckedBeforeTheBodyIsValidated() {
        String token = accounts.userToken(unique("user"));

        ApiClient.Response response = api.post("/api/agents/", "{\"max_concurrent_chats\": \"abc\"}", token);

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.FORBIDDEN));
    }

    @Test
    void anonymousCallersMustAuthenticate() {
        ApiClient.Response response = api.post("/api/agents/", AgentFixtures.creation(unique("agent")), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.UNAUTHENTICATED));
    }

    @Test
    void refusedCreationsCreateNoAccount() {
        String name = unique("agent");
        String superuser = accounts.superuserToken();

        Map<String, Object> invalid = AgentFixtures.creation(name);
        invalid.put("max_concurrent_chats", 0);
        assertThat(api.post("/api/agents/", invalid, superuser).status()).isEqualTo(400);
        assertThat(api.post("/api/auth/login/", Map.of("username", name, "password", Accounts.PASSWORD), null)
                .status()).isEqualTo(400);

        ApiClient.Response retry = api.post("/api/agents/", AgentFixtures.creation(name), superuser);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
    }

    @Test
    void pathWithoutTrailingSlashWorksToo() {
        String name = unique("agent");

        ApiClient.Response response = api.post("/api/agents", AgentFixtures.creation(name),
                accounts.superuserToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().get("user").get("email").asString()).isEqualTo(name + "@example.com");
    }
}
