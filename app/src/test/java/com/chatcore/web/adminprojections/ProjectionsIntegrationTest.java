package com.chatcore.web.adminprojections;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: the projections' list and replay over HTTP. */
class ProjectionsIntegrationTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    void everyProjectionShowsItsSegmentsOwnersAndLag() {
        accounts.register(unique("listed"));
        ApiClient.Response answer = api.get("/api/admin/projections", accounts.auditorToken(unique("auditor")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode body = answer.json();
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        assertThat(body.get("head").asLong()).isGreaterThanOrEqualTo(head);
        JsonNode users = projection(body, "users");
        assertThat(users.get("state").asString()).isEqualTo("running");
        assertThat(users.get("replayable").asBoolean()).isTrue();
        assertThat(users.get("segments").size()).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM token_entry WHERE processor_name = 'users'", Integer.class));
        assertThat(users.get("segments").valueStream().toList()).allSatisfy(segment -> {
            assertThat(segment.get("owner").asString()).isEqualTo(body.get("node").asString());
            assertThat(segment.get("this_node").asBoolean()).isTrue();
            assertThat(segment.get("replaying").asBoolean()).isFalse();
        });
        assertThat(projection(body, "livechat")).isNotNull();
        assertThat(projection(body, "notifications").get("segments").size()).isEqualTo(1);
    }

    @Test
    void aReplayRebuildsWhileASecondOneIsRefusedAndProgressShows() throws Exception {
        accounts.register(unique("replayed"));
        String blockedSession = jdbc.queryForList("SELECT session_id FROM guest_sessions ORDER BY created_at DESC"
                + " LIMIT 1", String.class).stream().findFirst().orElse(null);
        String root = accounts.superuserToken();
        if (blockedSession == null) {
            api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
            blockedSession = jdbc.queryForObject("SELECT session_id FROM guest_sessions LIMIT 1", String.class);
        }
        // Holds the replay at one session: an uncommitted row with its key makes the projection's insert wait.
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement insert = blocker.prepareStatement("INSERT INTO guest_sessions (session_id,"
                    + " has_message, created_at, expires_at) VALUES (?, false, now(), now())")) {
                jdbc.update("DELETE FROM guest_sessions WHERE session_id = ?", blockedSession);
                insert.setString(1, blockedSession);
                insert.executeUpdate();
            }
            try {
                ApiClient.Response started = api.post("/api/admin/projections/guestsessions/replay", Map.of(), root);
                assertThat(started.status()).as(started.toString()).isEqualTo(202);
                assertThat(started.json().get("name").asString()).isEqualTo("guestsessions");

                ApiClient.Response second = api.post("/api/admin/projections/guestsessions/replay", Map.of(), root);
                assertThat(second.status()).as(second.toString()).isEqualTo(409);
                assertThat(second.json().get("detail").asString()).contains("already replaying");
                JsonNode replaying = projection(api.get("/api/admin/projections", root).json(), "guestsessions");
                assertThat(replaying.get("state").asString()).isEqualTo("replaying");
                assertThat(replaying.get("replay_progress").asDouble()).isBetween(0.0, 100.0);
            } finally {
                blocker.rollback();
            }
        }
        ReplayWait.untilCaughtUp(api, root, "guestsessions");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM guest_sessions WHERE session_id = ?", Integer.class,
                blockedSession)).isEqualTo(1);
    }

    @Test
    void unknownProjectionsAreNotFoundAndReactiveOnesAreNotReplayed() {
        String root = accounts.superuserToken();

        ApiClient.Response unknown = api.post("/api/admin/projections/no-such/replay", Map.of(), root);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        JsonNode list = api.get("/api/admin/projections", root).json();
        JsonNode autoassign = projection(list, "autoassign");
        if (autoassign != null) {
            assertThat(autoassign.get("replayable").asBoolean()).isFalse();
            ApiClient.Response refused = api.post("/api/admin/projections/autoassign/replay", Map.of(), root);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        }
    }

    @Test
    void auditorsListButOnlySuperusersReplay() {
        String auditor = accounts.auditorToken(unique("auditor"));
        String agent = accounts.agentToken(unique("agent"));

        assertThat(api.post("/api/admin/projections/users/replay", Map.of(), auditor).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/projections", agent).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/projections", accounts.userToken(unique("user"))).status()).isEqualTo(403);
        assertThat(api.post("/api/admin/projections/users/replay", Map.of(), agent).status()).isEqualTo(403);
    }

    static JsonNode projection(JsonNode list, String name) {
        return list.get("projections").valueStream().filter(p -> p.get("name").asString().equals(name))
                .findFirst().orElse(null);
    }
}
