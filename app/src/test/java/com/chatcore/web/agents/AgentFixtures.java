package com.chatcore.web.agents;

import com.chatcore.support.Accounts;
import com.chatcore.support.ExpectedJson;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies and expected answers of /api/agents/. */
final class AgentFixtures {

    static final Set<String> AGENT_KEYS = Set.of("id", "user", "is_available", "current_active_chats",
            "max_concurrent_chats");
    /** The seed's {@code id, first_name, last_name, email}, and what the public seed-003 client reads. */
    static final Set<String> USER_KEYS = Set.of("id", "first_name", "last_name", "email", "username", "full_name");

    private AgentFixtures() {
    }

    /** A complete, valid creation body; tests remove or replace fields with {@code put}/{@code remove}. */
    static Map<String, Object> creation(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", Accounts.PASSWORD);
        body.put("email", username + "@example.com");
        body.put("first_name", "Ana");
        body.put("last_name", "Ruiz");
        body.put("max_concurrent_chats", 7);
        return body;
    }

    static JsonNode agent(long id, long userId, String username, String firstName, String lastName, String email,
            boolean available, int activeChats, int maxChats) {
        return ExpectedJson.parse("""
                {"id": %d,
                 "user": {"id": %d, "first_name": "%s", "last_name": "%s", "email": "%s",
                          "username": "%s", "full_name": "%s"},
                 "is_available": %s, "current_active_chats": %d, "max_concurrent_chats": %d}""",
                id, userId, firstName, lastName, email, username, (firstName + " " + lastName).strip(), available,
                activeChats, maxChats);
    }

    /** The same agent with other settings, as a PATCH or a later GET should show it. */
    static JsonNode withSettings(JsonNode agent, boolean available, int maxChats) {
        JsonNode user = agent.get("user");
        return agent(agent.get("id").asLong(), user.get("id").asLong(), user.get("username").asString(),
                user.get("first_name").asString(),
                user.get("last_name").asString(), user.get("email").asString(), available,
                agent.get("current_active_chats").asInt(), maxChats);
    }

    /** The agent with this id in a list answer, after checking every element has the seed's shape. */
    static JsonNode find(JsonNode list, long id) {
        assertThat(list.isArray()).as(list.toString()).isTrue();
        JsonNode found = null;
        for (JsonNode element : list) {
            assertThat(Set.copyOf(element.propertyNames())).as(element.toString()).isEqualTo(AGENT_KEYS);
            assertThat(Set.copyOf(element.get("user").propertyNames())).as(element.toString()).isEqualTo(USER_KEYS);
            if (element.get("id").asLong() == id) {
                found = element;
            }
        }
        assertThat(found).as("agent %d in %s", id, list).isNotNull();
        return found;
    }
}
