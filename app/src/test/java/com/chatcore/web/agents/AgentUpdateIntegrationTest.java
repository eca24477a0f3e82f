package com.chatcore.web.agents;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PATCH /api/agents/{id}/: the agent itself or a SUPERUSER changes availability and capacity. */
class AgentUpdateIntegrationTest extends IntegrationTest {

    private String name;
    private JsonNode agent;
    private String agentToken;
    private String path;

    @BeforeEach
    void createAgent() {
        name = unique("agent");
        agent = accounts.createAgent(name, 5);
        agentToken = accounts.login(name, Accounts.PASSWORD);
        path = "/api/agents/" + agent.get("id").asLong() + "/";
    }

    @Test
    void agentChangesItsOwnSettingsAndTheListShowsThemAtOnce() {
        ApiClient.Response response = api.patch(path,
                Map.of("is_available", false, "max_concurrent_chats", 9), agentToken);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode expected = AgentFixtures.withSettings(agent, false, 9);
        assertThat(response.json()).isEqualTo(expected);
        assertListed(expected);
    }

    @Test
    void superuserChangesAnyAgent() {
        ApiClient.Response response = api.patch(path, Map.of("max_concurrent_chats", 12),
                accounts.superuserToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode expected = AgentFixtures.withSettings(agent, true, 12);
        assertThat(response.json()).isEqualTo(expected);
        assertListed(expected);
    }

    @Test
    void successiveChangesAreEachReadBackAtOnce() {
        for (int i = 0; i < 4; i++) {
            boolean available = i % 2 == 1;
            int capacity = 10 + i;

            ApiClient.Response response = api.patch(path,
                    Map.of("is_available", available, "max_concurrent_chats", capacity), agentToken);

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonNode expected = AgentFixtures.withSettings(agent, available, capacity);
            assertThat(response.json()).isEqualTo(expected);
            assertListed(expected);
        }
    }

    @Test
    void loginAnswerShowsTheNewSettings() {
        api.patch(path, Map.of("is_available", false, "max_concurrent_chats", 3), agentToken);

        JsonNode login = api.post("/api/auth/login/", Map.of("username", name, "password", Accounts.PASSWORD),
                null).json();

        assertThat(login.get("agent").get("is_available").asBoolean()).isFalse();
        assertThat(login.get("agent").get("max_concurrent_chats").asInt()).isEqualTo(3);
    }

    @Test
    void emptyOrUnchangedPatchAnswersTheAgentAsItIs() {
        ApiClient.Response empty = api.patch(path, Map.of(), agentToken);
        ApiClient.Response same = api.patch(path, Map.of("is_available", true, "max_concurrent_chats", 5),
                agentToken);

        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.json()).isEqualTo(agent);
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.json()).isEqualTo(agent);
    }

    @Test
    void pathWithoutTrailingSlashWorksToo() {
        ApiClient.Response response = api.patch("/api/agents/" + agent.get("id").asLong(),
                Map.of("is_available", false), agentToken);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(AgentFixtures.withSettings(agent, false, 5));
    }

    @Test
    void anotherAgentMayNotChangeIt() {
        String other = accounts.agentToken(unique("other"));

        ApiClient.Response response = api.patch(path, Map.of("is_available", false), other);

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.FORBIDDEN));
        assertListed(agent);
    }

    @Test
    void customerMayNotChangeIt() {
        ApiClient.Response response = api.patch(path, Map.of("is_available", false),
                accounts.userToken(unique("user")));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.FORBIDDEN));
        assertListed(agent);
    }

    @Test
    void anonymousCallerMustAuthenticate() {
        ApiClient.Response response = api.patch(path, Map.of("is_available", false), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.UNAUTHENTICATED));
    }

    @Test
    void unknownAgentIsNotFound() {
        for (String token : new String[] {accounts.superuserToken(), agentToken}) {
            ApiClient.Response response = api.patch("/api/agents/999999999/", Map.of("is_available", false), token);

            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.NOT_FOUND));
        }
    }

    @Test
    void capacityOutOfRangeIsRefusedAndChangesNothing() {
        assertBadRequest(api.patch(path, Map.of("is_available", false, "max_concurrent_chats", 0), agentToken),
                ExpectedJson.fieldError("max_concurrent_chats",
                        "Asegúrese de que este valor es mayor o igual a 1."));
        assertBadRequest(api.patch(path, Map.of("max_concurrent_chats", 101), accounts.superuserToken()),
                ExpectedJson.fieldError("max_concurrent_chats",
                        "Asegúrese de que este valor es menor o igual a 100."));
        assertListed(agent);
    }

    @Test
    void valuesOfTheWrongType() {
        assertBadRequest(api.patch(path, Map.of("max_concurrent_chats", "abc"), agentToken),
                ExpectedJson.fieldError("max_concurrent_chats", "Se requiere un número entero válido."));
        assertBadRequest(api.patch(path, Map.of("is_available", "maybe"), agentToken),
                ExpectedJson.fieldError("is_available", "Se requiere un valor booleano válido."));
        assertListed(agent);
    }

    private void assertListed(JsonNode expected) {
        ApiClient.Response list = api.get("/api/agents/", agentToken);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(AgentFixtures.find(list.json(), expected.get("id").asLong())).isEqualTo(expected);
    }

    private static void assertBadRequest(ApiClient.Response response, JsonNode expected) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(expected);
    }
}
