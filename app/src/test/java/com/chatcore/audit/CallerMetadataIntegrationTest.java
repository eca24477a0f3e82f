package com.chatcore.audit;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an HTTP request leaves in the event store: who did it, under which correlation id, and no secrets. */
class CallerMetadataIntegrationTest extends IntegrationTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    private JdbcTemplate jdbc;

    record StoredEvent(String payloadType, JsonNode payload, JsonNode meta) {
    }

    @Test
    void eventsOfACreatedAgentNameTheSuperuserWhoCreatedIt() {
        JsonNode root = rootLogin();
        String name = unique("agent");

        ApiClient.Response created = createAgent(name, root.get("token").asString(), null);

        List<StoredEvent> events = eventsOf(created);
        assertThat(events).extracting(StoredEvent::payloadType).containsExactly(
                "com.chatcore.api.user.UserRegisteredEvent", "com.chatcore.api.agent.AgentRegisteredEvent");
        for (StoredEvent event : events) {
            assertThat(event.meta().get("callerId").asString()).isEqualTo(root.get("user").get("id").asString());
            assertThat(event.meta().get("callerRole").asString()).isEqualTo("SUPERUSER");
            assertThat(event.meta().get("correlationId").asString()).matches(UUID_PATTERN)
                    .isEqualTo(created.raw().headers().firstValue("X-Correlation-Id").orElseThrow());
        }
    }

    @Test
    void payloadsAreReadableJsonWithTheRightIds() {
        ApiClient.Response created = createAgent(unique("agent"), rootLogin().get("token").asString(), null);
        JsonNode agent = created.json();

        List<StoredEvent> events = eventsOf(created);

        JsonNode user = events.get(0).payload();
        assertThat(user.get("userId").asLong()).isEqualTo(agent.get("user").get("id").asLong());
        assertThat(user.get("role").asString()).isEqualTo("AGENT");
        JsonNode registration = events.get(1).payload();
        assertThat(registration.get("agentId").asLong()).isEqualTo(agent.get("id").asLong());
        assertThat(registration.get("userId").asLong()).isEqualTo(agent.get("user").get("id").asLong());
        assertThat(registration.get("maxConcurrentChats").asInt()).isEqualTo(6);
    }

    @Test
    void correlationIdHeaderIsCarriedOntoTheEvents() {
        ApiClient.Response created = createAgent(unique("agent"), rootLogin().get("token").asString(),
                "test-corr-123");

        assertThat(created.raw().headers().firstValue("X-Correlation-Id")).hasValue("test-corr-123");
        for (StoredEvent event : eventsOf(created)) {
            assertThat(event.meta().get("correlationId").asString()).isEqualTo("test-corr-123");
        }
    }

    @Test
    void unusableCorrelationIdHeaderIsReplaced() {
        ApiClient.Response created = createAgent(unique("agent"), rootLogin().get("token").asString(),
                "not sane {\"x\"}");

        for (StoredEvent event : eventsOf(created)) {
            assertThat(event.meta().get("correlationId").asString()).matches(UUID_PATTERN);
        }
    }

    @Test
    void agentChangingItsSettingsIsRecordedAsTheAgent() {
        String name = unique("agent");
        ApiClient.Response created = createAgent(name, rootLogin().get("token").asString(), null);
        JsonNode agent = created.json();
        String token = accounts.login(name, Accounts.PASSWORD);

        api.patch("/api/agents/" + agent.get("id").asLong() + "/", Map.of("is_available", false), token);

        List<StoredEvent> events = events("agent-" + agent.get("id").asLong());
        StoredEvent change = events.get(events.size() - 1);
        assertThat(change.payloadType()).isEqualTo("com.chatcore.api.agent.AgentAvailabilityChangedEvent");
        assertThat(change.payload()).isEqualTo(ExpectedJson.parse("{\"agentId\": %d, \"available\": false}",
                agent.get("id").asLong()));
        assertThat(change.meta().get("callerId").asString()).isEqualTo(agent.get("user").get("id").asString());
        assertThat(change.meta().get("callerRole").asString()).isEqualTo("AGENT");
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashes() {
        ApiClient.Response created = createAgent(unique("agent"), rootLogin().get("token").asString(), null);

        JsonNode user = eventsOf(created).get(0).payload();
        assertThat(user.get("passwordHash").asString()).startsWith("$2").isNotEqualTo(Accounts.PASSWORD);
        Integer inClear = jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE position(convert_to(?, 'UTF8') IN payload) > 0
                   OR position(convert_to(?, 'UTF8') IN payload) > 0""",
                Integer.class, Accounts.PASSWORD, SUPERUSER_PASSWORD);
        assertThat(inClear).isZero();
    }

    @Test
    void globalIndexHasNoGaps() {
        createAgent(unique("agent"), rootLogin().get("token").asString(), null);

        List<Long> indexes = jdbc.queryForList(
                "SELECT global_index FROM domain_event_entry ORDER BY global_index DESC LIMIT 20", Long.class);

        assertThat(indexes).hasSizeGreaterThan(1);
        for (int i = 1; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).as("global_index values %s", indexes).isEqualTo(indexes.get(i - 1) - 1);
        }
    }

    @Test
    void eventsAreStoredAsByteaWithoutLargeObjects() {
        createAgent(unique("agent"), rootLogin().get("token").asString(), null);

        assertThat(jdbc.queryForList("""
                SELECT data_type FROM information_schema.columns
                WHERE table_name = 'domain_event_entry' AND column_name IN ('payload', 'meta_data')""",
                String.class)).containsExactly("bytea", "bytea");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Integer.class)).isZero();
    }

    private JsonNode rootLogin() {
        ApiClient.Response login = api.post("/api/auth/login/",
                Map.of("username", SUPERUSER, "password", SUPERUSER_PASSWORD), null);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login.json();
    }

    private ApiClient.Response createAgent(String name, String token, String correlationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", name);
        body.put("password", Accounts.PASSWORD);
        body.put("email", name + "@example.com");
        body.put("max_concurrent_chats", 6);
        HttpRequest.Builder request = api.request("/api/agents/", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(body)));
        if (correlationId != null) {
            request.header("X-Correlation-Id", correlationId);
        }
        ApiClient.Response response = api.send(request);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response;
    }

    /** The user's events, then the agent's. */
    private List<StoredEvent> eventsOf(ApiClient.Response created) {
        List<StoredEvent> all = new ArrayList<>(events("user-" + created.json().get("user").get("id").asLong()));
        all.addAll(events("agent-" + created.json().get("id").asLong()));
        return all;
    }

    private List<StoredEvent> events(String aggregateId) {
        return jdbc.query("""
                SELECT payload_type, convert_from(payload, 'UTF8') AS payload,
                       convert_from(meta_data, 'UTF8') AS meta
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""",
                (row, n) -> new StoredEvent(row.getString("payload_type"), ExpectedJson.parse(row.getString("payload")),
                        ExpectedJson.parse(row.getString("meta"))), aggregateId);
    }
}
