package com.chatcore.web.analytics;

import com.chatcore.api.conversation.Channel;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Who sees which figures (issue 13), and bad parameters. April 2021 belongs to this test alone. */
class AnalyticsAccessIntegrationTest extends IntegrationTest {

    private static final long OTHER_AGENT = 900003;

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void anAgentSeesOnlyItsOwnFiguresSuperusersAndAuditorsEveryones() {
        String username = unique("analyst_agent");
        long agentId = accounts.createAgent(username, 5).get("id").asLong();
        String agent = accounts.login(username, com.chatcore.support.Accounts.PASSWORD);
        String auditor = accounts.auditorToken(unique("auditor"));
        String root = accounts.superuserToken();
        int day = 1 + (int) (agentId % 28);
        Instant start = Instant.parse("2021-04-%02dT10:00:00Z".formatted(day));
        ScriptedConversations scripts = new ScriptedConversations(eventStore, transactions, processing);
        scripts.store(
                scripts.start(Channel.WEB_GUEST, start, true).taken(10, agentId).agent(20, agentId)
                        .resolved(50, agentId).rated(60, 4),
                scripts.start(Channel.WEB_GUEST, start.plusSeconds(600), true).taken(5, OTHER_AGENT)
                        .agent(100, OTHER_AGENT).resolved(200, OTHER_AGENT).rated(300, 1));
        String window = "?from=2021-04-%02d&to=2021-04-%02d".formatted(day, day);

        JsonNode own = ok("/api/analytics/response-times" + window + "&group_by=agent", agent).get("groups");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).get("group").asString()).isEqualTo(Long.toString(agentId));
        assertThat(own.get(0).get("first_response").get("mean").asDouble()).isCloseTo(20, within(1e-9));
        JsonNode perChannel = ok("/api/analytics/response-times" + window + "&group_by=channel", agent).get("groups");
        assertThat(perChannel.get(0).get("conversations").asLong()).isEqualTo(1);
        assertThat(perChannel.get(0).get("reply").get("count").asLong()).isEqualTo(1);
        JsonNode ownSummary = ok("/api/analytics/summary" + window, agent);
        assertThat(ownSummary.get("sessions").asLong()).isEqualTo(1);
        assertThat(ownSummary.get("average_satisfaction").asDouble()).isCloseTo(4, within(1e-9));

        for (String everyone : new String[] {root, auditor}) {
            assertThat(ok("/api/analytics/response-times" + window + "&group_by=agent", everyone).get("groups"))
                    .hasSize(2);
            JsonNode summary = ok("/api/analytics/summary" + window, everyone);
            assertThat(summary.get("sessions").asLong()).isEqualTo(2);
            assertThat(summary.get("average_satisfaction").asDouble()).isCloseTo(2.5, within(1e-9));
            assertThat(summary.get("average_first_response_time").asDouble()).isCloseTo(60, within(1e-9));
        }
    }

    @Test
    void usersAreForbiddenAndGuestsMustLogIn() {
        String user = accounts.userToken(unique("user"));
        for (String route : new String[] {"/api/analytics/response-times", "/api/analytics/summary"}) {
            assertThat(api.get(route, user).status()).isEqualTo(403);
            assertThat(api.get(route, null).status()).isEqualTo(401);
        }
    }

    @Test
    void badParametersAreFieldErrors() {
        String root = accounts.superuserToken();
        assertFieldError(api.get("/api/analytics/response-times?from=yesterday", root), "from");
        assertFieldError(api.get("/api/analytics/summary?to=2021-13-01", root), "to");
        assertFieldError(api.get("/api/analytics/summary?from=2021-03-02&to=2021-03-01", root), "to");
        assertFieldError(api.get("/api/analytics/response-times?from=2021-03-01T10:00:00Z&to=2021-03-01T10:00:00Z",
                root), "to");
        ApiClient.Response week = api.get("/api/analytics/response-times?group_by=week", root);
        assertFieldError(week, "group_by");
        assertThat(week.json().get("group_by").get(0).asString()).contains("week");
        assertThat(api.get("/api/analytics/response-times", root).status()).as("defaults: the last 30 days")
                .isEqualTo(200);
    }

    private static void assertFieldError(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get(field)).as(response.toString()).hasSize(1);
    }

    private JsonNode ok(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
