package com.chatcore.web.agents;

import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/agents/ and /api/agents/{id}: agents and superusers read, customers may not. */
class AgentListIntegrationTest extends IntegrationTest {

    @Test
    void agentSeesTheListInTheSeedShape() {
        JsonNode created = accounts.createAgent(unique("agent"), 4);
        String agent = accounts.agentToken(unique("agent"));

        ApiClient.Response response = api.get("/api/agents/", agent);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(AgentFixtures.find(response.json(), created.get("id").asLong())).isEqualTo(created);
    }

    @Test
    void superuserSeesTheList() {
        JsonNode created = accounts.createAgent(unique("agent"), 4);

        ApiClient.Response response = api.get("/api/agents/", accounts.superuserToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(AgentFixtures.find(response.json(), created.get("id").asLong())).isEqualTo(created);
    }

    @Test
    void listIsOrderedById() {
        accounts.createAgent(unique("agent"), 2);
        accounts.createAgent(unique("agent"), 3);

        JsonNode list = api.get("/api/agents/", accounts.superuserToken()).json();

        long previous = 0;
        for (JsonNode agent : list) {
            assertThat(agent.get("id").asLong()).isGreaterThan(previous);
            previous = agent.get("id").asLong();
        }
    }

    @Test
    void customerMayNotListAgents() {
        ApiClient.Response response = api.get("/api/agents/", accounts.userToken(unique("user")));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.FORBIDDEN));
    }

    @Test
    void anonymousCallerMustAuthenticate() {
        ApiClient.Response response = api.get("/api/agents/", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.UNAUTHENTICATED));
    }

    @Test
    void pathWithoutTrailingSlashWorksToo() {
        JsonNode created = accounts.createAgent(unique("agent"), 4);

        ApiClient.Response response = api.get("/api/agents", accounts.superuserToken());

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(AgentFixtures.find(response.json(), created.get("id").asLong())).isEqualTo(created);
    }

    @Test
    void oneAgentByItsId() {
        JsonNode created = accounts.createAgent(unique("agent"), 4);
        String agent = accounts.agentToken(unique("agent"));

        ApiClient.Response withSlash = api.get("/api/agents/" + created.get("id").asLong() + "/", agent);
        ApiClient.Response withoutSlash = api.get("/api/agents/" + created.get("id").asLong(), agent);

        assertThat(withSlash.status()).as(withSlash.toString()).isEqualTo(200);
        assertThat(withSlash.json()).isEqualTo(created);
        assertThat(withoutSlash.status()).as(withoutSlash.toString()).isEqualTo(200);
        assertThat(withoutSlash.json()).isEqualTo(created);
    }

    @Test
    void unknownOrMalformedIdIsNotFound() {
        String superuser = accounts.superuserToken();

        for (String path : new String[] {"/api/agents/999999999/", "/api/agents/abc/"}) {
            ApiClient.Response response = api.get(path, superuser);

            assertThat(response.status()).as(path + " " + response).isEqualTo(404);
            assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.NOT_FOUND));
        }
    }

    @Test
    void customerMayNotReadOneAgent() {
        JsonNode created = accounts.createAgent(unique("agent"), 4);

        ApiClient.Response response = api.get("/api/agents/" + created.get("id").asLong() + "/",
                accounts.userToken(unique("user")));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(ExpectedJson.detail(ExpectedJson.FORBIDDEN));
    }
}
