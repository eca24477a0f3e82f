package com.chatcore.web.analytics;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 13's figures on scripted conversations with known timestamps (README, "For analysts"). March 2021 belongs
 * to this test alone: agents 900001 (A) and 900002 (B) exist only in these events.
 *
 * <pre>
 * C1 web  03-01 10:00  m0; taken A +30; A +60; user +100, +110; A +130; system +140; resolved A +300; rated 5 +400
 * C2 web  03-01 12:00  m0; taken A +90; user +100; A +200; transferred A->B +250; user +300; B +340;
 *                      resolved B +600; closed +700; rated 3 +800
 * C3 supp 03-02 09:00  user +10; taken B +70; B +130; closed +500 (never resolved)
 * C4 web  03-02 15:00  m0; closed +1000 (never taken, never answered)
 * </pre>
 *
 * Reply gaps: C1 60, 30, 20 (A); C2 200, 100 (A), 40 (B); C3 120 (B).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsIntegrationTest extends IntegrationTest {

    private static final long A = 900001;
    private static final long B = 900002;
    private static final String MARCH = "/api/analytics/%s?from=2021-03-01&to=2021-03-02";

    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventProcessingConfiguration processing;

    private ScriptedConversations scripts;
    private String root;

    @BeforeAll
    void script() {
        scripts = new ScriptedConversations(eventStore, transactions, processing);
        Instant day1 = Instant.parse("2021-03-01T10:00:00Z");
        Instant day2 = Instant.parse("2021-03-02T09:00:00Z");
        scripts.store(
                scripts.start(Channel.WEB_GUEST, day1, true).taken(30, A).agent(60, A).customer(100).customer(110)
                        .agent(130, A).system(140).resolved(300, A).rated(400, 5),
                scripts.start(Channel.WEB_GUEST, day1.plusSeconds(7200), true).taken(90, A).customer(100)
                        .agent(200, A).transferred(250, A, B).customer(300).agent(340, B).resolved(600, B)
                        .closed(700, B, ChatStatus.RESOLVED).rated(800, 3),
                scripts.start(Channel.SUPPORT, day2, false).customer(10).taken(70, B).agent(130, B)
                        .closed(500, B, ChatStatus.ACTIVE),
                scripts.start(Channel.WEB_GUEST, day2.plusSeconds(6 * 3600), true)
                        .closed(1000, null, ChatStatus.WAITING));
    }

    @BeforeEach
    void superuser() {
        root = accounts.superuserToken();
    }

    @Test
    void responseTimesPerChannelWithTheirMediansAndNinetiethPercentiles() {
        JsonNode groups = ok(MARCH.formatted("response-times") + "&group_by=channel", root).get("groups");
        assertThat(groups).hasSize(2);
        JsonNode web = groups.get(1);
        assertThat(web.get("group").asString()).isEqualTo("WEB_GUEST");
        assertThat(web.get("conversations").asLong()).isEqualTo(3);
        assertStats(web.get("waiting"), 2, 60, 60, 84);
        assertStats(web.get("first_response"), 2, 130, 130, 186);
        // 20, 30, 40, 60, 100, 200: the median halves 40 and 60; p90 sits halfway from 100 to 200.
        assertStats(web.get("reply"), 6, 75, 50, 150);
        assertStats(web.get("resolution"), 2, 450, 450, 570);
        JsonNode support = groups.get(0);
        assertThat(support.get("group").asString()).isEqualTo("SUPPORT");
        assertThat(support.get("conversations").asLong()).isEqualTo(1);
        assertStats(support.get("waiting"), 1, 70, 70, 70);
        assertStats(support.get("first_response"), 1, 130, 130, 130);
        assertStats(support.get("reply"), 1, 120, 120, 120);
        assertThat(support.get("resolution").get("count").asLong()).isZero();
        assertThat(support.get("resolution").get("mean").isNull()).isTrue();
    }

    @Test
    void responseTimesPerDay() {
        JsonNode groups = ok(MARCH.formatted("response-times"), root).get("groups");
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).get("group").asString()).isEqualTo("2021-03-01");
        assertThat(groups.get(0).get("conversations").asLong()).isEqualTo(2);
        assertStats(groups.get(0).get("reply"), 6, 75, 50, 150);
        assertStats(groups.get(0).get("resolution"), 2, 450, 450, 570);
        assertThat(groups.get(1).get("group").asString()).isEqualTo("2021-03-02");
        assertThat(groups.get(1).get("conversations").asLong()).isEqualTo(2);
        assertStats(groups.get(1).get("reply"), 1, 120, 120, 120);
        assertStats(groups.get(1).get("waiting"), 1, 70, 70, 70);
    }

    @Test
    void responseTimesPerAgentCountEachReplyForTheAgentWhoSentIt() {
        JsonNode groups = ok(MARCH.formatted("response-times") + "&group_by=agent", root).get("groups");
        assertThat(groups).hasSize(2);
        JsonNode a = groups.get(0);
        assertThat(a.get("group").asString()).isEqualTo(Long.toString(A));
        assertThat(a.get("conversations").asLong()).isEqualTo(2);
        assertStats(a.get("waiting"), 2, 60, 60, 84);
        assertStats(a.get("first_response"), 2, 130, 130, 186);
        // 20, 30, 60, 100, 200: p90 at rank 3.6, from 100 to 200.
        assertStats(a.get("reply"), 5, 82, 60, 160);
        assertStats(a.get("resolution"), 1, 300, 300, 300);
        JsonNode b = groups.get(1);
        assertThat(b.get("group").asString()).isEqualTo(Long.toString(B));
        assertThat(b.get("conversations").asLong()).isEqualTo(2);
        assertStats(b.get("first_response"), 1, 130, 130, 130);
        // The transfer did not restart the customer's clock: 300 -> 340.
        assertStats(b.get("reply"), 2, 80, 80, 112);
        assertStats(b.get("resolution"), 1, 600, 600, 600);
    }

    @Test
    void summaryInAllAndPerDay() {
        JsonNode summary = ok(MARCH.formatted("summary"), root);
        assertThat(summary.get("from").asString()).isEqualTo("2021-03-01T00:00:00Z");
        assertThat(summary.get("to").asString()).isEqualTo("2021-03-03T00:00:00Z");
        assertThat(summary.get("sessions").asLong()).isEqualTo(4);
        assertThat(summary.get("sessions_per_day").asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(summary.get("messages_per_session").asDouble()).isCloseTo(13 / 4.0, within(1e-9));
        assertThat(summary.get("resolution_rate").asDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(summary.get("average_first_response_time").asDouble()).isCloseTo(130, within(1e-9));
        assertThat(summary.get("average_response_time").asDouble()).isCloseTo(570 / 7.0, within(1e-9));
        assertThat(summary.get("average_satisfaction").asDouble()).isCloseTo(4.0, within(1e-9));
        assertThat(summary.get("ratings").asLong()).isEqualTo(2);
        JsonNode days = summary.get("days");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("day").asString()).isEqualTo("2021-03-01");
        assertThat(days.get(0).get("messages_per_session").asDouble()).isCloseTo(5, within(1e-9));
        assertThat(days.get(0).get("resolution_rate").asDouble()).isCloseTo(1, within(1e-9));
        assertThat(days.get(0).get("average_response_time").asDouble()).isCloseTo(75, within(1e-9));
        assertThat(days.get(1).get("day").asString()).isEqualTo("2021-03-02");
        assertThat(days.get(1).get("messages_per_session").asDouble()).isCloseTo(1.5, within(1e-9));
        assertThat(days.get(1).get("resolution_rate").asDouble()).isCloseTo(0, within(1e-9));
        assertThat(days.get(1).get("average_satisfaction").isNull()).isTrue();
        assertThat(days.get(1).get("ratings").asLong()).isZero();
    }

    @Test
    void csvOfBothRoutesHasAHeaderRowAndTheSameFigures() throws IOException {
        try (CSVParser times = parse(csv(MARCH.formatted("response-times") + "&group_by=channel", root))) {
            assertThat(times.getHeaderNames()).startsWith("group", "conversations", "waiting_count", "waiting_mean",
                    "waiting_median", "waiting_p90", "first_response_count").hasSize(18).contains("reply_p90");
            List<CSVRecord> rows = times.getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("group")).isEqualTo("SUPPORT");
            assertThat(rows.get(0).get("resolution_mean")).as("nothing to average: an empty cell").isEmpty();
            assertThat(rows.get(1).get("group")).isEqualTo("WEB_GUEST");
            assertThat(rows.get(1).get("conversations")).isEqualTo("3");
            assertThat(Double.parseDouble(rows.get(1).get("reply_median"))).isEqualTo(50.0);
            assertThat(Double.parseDouble(rows.get(1).get("reply_p90"))).isEqualTo(150.0);
        }
        try (CSVParser summary = parse(csv(MARCH.formatted("summary"), root))) {
            assertThat(summary.getHeaderNames()).containsExactly("day", "sessions", "messages_per_session",
                    "resolution_rate", "average_first_response_time", "average_response_time",
                    "average_satisfaction", "ratings");
            List<CSVRecord> rows = summary.getRecords();
            assertThat(rows).extracting(row -> row.get("day")).containsExactly("2021-03-01", "2021-03-02", "total");
            assertThat(rows.get(2).get("sessions")).isEqualTo("4");
            assertThat(Double.parseDouble(rows.get(2).get("messages_per_session"))).isEqualTo(3.25);
            assertThat(Double.parseDouble(rows.get(2).get("average_satisfaction"))).isEqualTo(4.0);
        }
    }

    @Test
    void aReplayRebuildsTheSameFigures() {
        String before = ok(MARCH.formatted("response-times") + "&group_by=agent", root).toString();
        String summaryBefore = ok(MARCH.formatted("summary"), root).toString();
        scripts.replayAnalytics();
        assertThat(ok(MARCH.formatted("response-times") + "&group_by=agent", root).toString()).isEqualTo(before);
        assertThat(ok(MARCH.formatted("summary"), root).toString()).isEqualTo(summaryBefore);
    }

    private static void assertStats(JsonNode stats, long count, double mean, double median, double p90) {
        assertThat(stats.get("count").asLong()).as(stats.toString()).isEqualTo(count);
        assertThat(stats.get("mean").asDouble()).as(stats.toString()).isCloseTo(mean, within(1e-9));
        assertThat(stats.get("median").asDouble()).as(stats.toString()).isCloseTo(median, within(1e-9));
        assertThat(stats.get("p90").asDouble()).as(stats.toString()).isCloseTo(p90, within(1e-9));
    }

    private JsonNode ok(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private String csv(String path, String token) {
        ApiClient.Response response = api.send(api.request(path, token).header("Accept", "text/csv").GET());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        return response.body();
    }

    private static CSVParser parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv));
    }
}
