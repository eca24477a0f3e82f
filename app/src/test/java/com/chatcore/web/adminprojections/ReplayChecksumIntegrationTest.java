package com.chatcore.web.adminprojections;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestKeys;
import com.chatcore.support.ApiContractCheck;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: every read model rebuilt by a replay is identical, row for row, to the one built live. Each
 * table's checksum is an md5 over its rows as JSON, in order, without the columns that record when a row was
 * projected rather than what the events say ({@code notifications.seq}, an insertion counter, and
 * {@code chat_messages.projected_at}, the projection lag probe of V7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.bootstrap-superuser.username=" + IntegrationTest.SUPERUSER,
        "chat.bootstrap-superuser.password=" + IntegrationTest.SUPERUSER_PASSWORD,
        "chat.jwt.secret=" + IntegrationTest.JWT_SECRET,
        "chat.guest.max-chats-per-hour-per-ip=1000000",
        "chat.guest.max-sessions-per-hour-per-ip=1000000",
        "chat.embedded-database.durable=false",
        "chat.projections.segments=4"
})
@ExtendWith(ApiContractCheck.class)
class ReplayChecksumIntegrationTest {

    @LocalServerPort
    private int port;
    private ApiClient api;
    private Accounts accounts;

    /**
     * A database of its own: the suite's shared one holds rows other tests wrote or fixed by hand (poison events
     * and their repairs), which no replay can reproduce.
     */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "replay-" + UUID.randomUUID()).toString());
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        accounts = new Accounts(api);
    }

    private static String unique(String prefix) {
        return IntegrationTest.unique(prefix);
    }

    /** Each replayable projection and the tables its reset handlers clear. */
    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();
    private static final Map<String, Set<String>> PROJECTED_WHEN = Map.of("notifications", Set.of("seq"),
            "chat_messages", Set.of("projected_at"));

    static {
        TABLES.put("livechat", List.of("chat_rooms", "chat_messages", "agents"));
        TABLES.put("notifications", List.of("notifications", "notification_chat_rooms", "notification_agents"));
        TABLES.put("users", List.of("users"));
        TABLES.put("guestsessions", List.of("guest_sessions"));
        TABLES.put("directchats", List.of("direct_chats", "direct_chat_participants"));
        TABLES.put("crm", List.of("crm_chats", "crm_clients", "crm_conversations"));
        TABLES.put("analytics", List.of("analytics_conversations", "analytics_replies", "analytics_conversation_agents"));
    }

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyReadModelRebuiltByReplayEqualsTheLiveOneRowForRow() {
        driveTraffic();
        String root = accounts.superuserToken();
        for (String projection : TABLES.keySet()) {
            ReplayWait.untilCaughtUp(api, root, projection);
        }
        Map<String, String> live = checksums();
        Map<String, List<String>> liveRows = new LinkedHashMap<>();
        live.keySet().forEach(table -> liveRows.put(table, rows(table)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_messages", Long.class)).isPositive();

        for (String projection : TABLES.keySet()) {
            ApiClient.Response replay = api.post("/api/admin/projections/" + projection + "/replay", Map.of(), root);
            assertThat(replay.status()).as(replay.toString()).isEqualTo(202);
            ReplayWait.untilCaughtUp(api, root, projection);
        }

        Map<String, String> rebuilt = checksums();
        for (String table : live.keySet()) {
            if (!live.get(table).equals(rebuilt.get(table))) {
                // Names the rows that differ: the checksum alone says only that something does.
                assertThat(rows(table)).as("rows of %s after the replay", table).isEqualTo(liveRows.get(table));
            }
        }
        assertThat(rebuilt).isEqualTo(live);
    }

    private List<String> rows(String table) {
        return jdbc.queryForList("SELECT " + row(table) + "::text AS r FROM " + table + " t ORDER BY r", String.class);
    }

    private static String row(String table) {
        return "(to_jsonb(t)" + PROJECTED_WHEN.getOrDefault(table, Set.of()).stream()
                .map(column -> " - '" + column + "'").reduce("", String::concat) + ")";
    }

    private Map<String, String> checksums() {
        Map<String, String> sums = new LinkedHashMap<>();
        TABLES.values().stream().flatMap(List::stream).forEach(table -> {
            String row = row(table) + "::text";
            sums.put(table, jdbc.queryForObject("SELECT count(*) || ':' || md5(coalesce(string_agg(" + row
                    + ", E'\\n' ORDER BY " + row + "), '')) FROM " + table + " t", String.class));
        });
        return sums;
    }

    /** Chats, messages, takes, transfers, resolves, priorities, read marks, direct and CRM chats, over HTTP. */
    private void driveTraffic() {
        String first = unique("agent");
        String second = unique("agent");
        JsonNode firstAgent = accounts.createAgent(first, 5);
        JsonNode secondAgent = accounts.createAgent(second, 5);
        String a = accounts.login(first, Accounts.PASSWORD);
        String b = accounts.login(second, Accounts.PASSWORD);
        String root = accounts.superuserToken();
        for (int i = 0; i < 3; i++) {
            String guest = unique("Guest");
            String key = GuestKeys.open(api, guest);
            String room = waitingRoomOf(guest);
            ok(api.post("/api/chat-rooms/" + room + "/take_chat/", Map.of(), a));
            ok(api.post("/api/chat-rooms/" + room + "/send_message/", Map.of("content", "Hola " + i), a));
            ok(api.post("/api/chat/send_message/", Map.of("chat_room_id", key, "content", "Gracias " + i), null));
            if (i == 0) {
                ok(api.post("/api/chat-rooms/" + room + "/transfer_chat/",
                        Map.of("agent_id", secondAgent.get("id").asLong()), a));
                ok(api.post("/api/chat-rooms/" + room + "/resolve/", Map.of(), b));
            } else if (i == 1) {
                ok(api.post("/api/chat-rooms/" + room + "/resolve/", Map.of(), a));
            }
        }
        String waiting = unique("Guest");
        GuestKeys.open(api, waiting);
        ok(api.post("/api/chat-rooms/" + waitingRoomOf(waiting) + "/set_priority/", Map.of("priority", "high"),
                root));
        String luis = accounts.userToken(unique("luis"));
        ok(api.send(api.request("/api/chat/session", luis).method("POST", HttpRequest.BodyPublishers.noBody())));
        ok(api.post("/api/chat/message", Map.of("message", "Necesito ayuda"), luis));
        String ana = unique("ana");
        long anaId = accounts.register(ana).get("id").asLong();
        long beaId = accounts.register(unique("bea")).get("id").asLong();
        ok(api.post("/api/chats", Map.of("participants", List.of(anaId, beaId)), accounts.login(ana,
                Accounts.PASSWORD)));
        ok(api.post("/api/crm/chats", Map.of("sesion_id", 321, "contact_id", 654), a));
        assertThat(firstAgent.get("id").asLong()).isNotEqualTo(secondAgent.get("id").asLong());
    }

    private static void ok(ApiClient.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
    }

    private String waitingRoomOf(String fullName) {
        ApiClient.Response page = api.get("/api/chat-rooms/all_chats/?status=waiting&page_size=100",
                accounts.superuserToken());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("chats").valueStream()
                .filter(chat -> fullName.equals(chat.get("chat_user").get("full_name").asString()))
                .map(chat -> chat.get("id").asString()).findFirst().orElseThrow();
    }
}
