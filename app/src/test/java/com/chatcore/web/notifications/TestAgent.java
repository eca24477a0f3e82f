package com.chatcore.web.notifications;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent created through the public API, with its token; {@link Accounts#createAgent} names it
 * "Agent &lt;username&gt;".
 */
record TestAgent(long id, long userId, String username, String token) {

    String fullName() {
        return "Agent " + username;
    }

    static TestAgent available(Accounts accounts, String username) {
        JsonNode agent = accounts.createAgent(username, 5);
        assertThat(agent.get("is_available").asBoolean()).isTrue();
        return new TestAgent(agent.get("id").asLong(), agent.get("user").get("id").asLong(), username,
                accounts.login(username, Accounts.PASSWORD));
    }

    /** Not available: hears of no new chat, so its notifications are only those of the test's own chats. */
    static TestAgent quiet(Accounts accounts, ApiClient api, String username) {
        TestAgent agent = available(accounts, username);
        ApiClient.Response response = api.patch("/api/agents/" + agent.id() + "/", Map.of("is_available", false),
                agent.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return agent;
    }
}
