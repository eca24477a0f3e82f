package com.chatcore.web.crmchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.chatcore.support.ExpectedJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000 over HTTP at its default base path: every documented route, as an agent and as a superuser. */
class CrmChatsIntegrationTest extends IntegrationTest {

    static final String BASE = "/api/crm/chats";

    @Autowired
    private JdbcTemplate jdbc;

    private CrmChatsApi chats;
    private String agent;

    @BeforeEach
    void setUp() {
        chats = new CrmChatsApi(api, BASE);
        agent = accounts.agentToken(unique("crm_agent"));
    }

    @Test
    void creatingAChatAnswersTheSeedsEnvelopeWithIntegerIdsAndCreatedAt() {
        Instant before = Instant.now();
        ApiClient.Response created = chats.post(Map.of("sesion_id", 123, "contact_id", 456), agent);

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        JsonNode body = created.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("success", "data");
        assertThat(body.get("success").isBoolean() && body.get("success").asBoolean()).isTrue();
        JsonNode data = body.get("data");
        assertThat(data.propertyNames()).containsExactlyInAnyOrder("id", "sesion_id", "contact_id", "created_at");
        assertThat(data.get("id").isIntegralNumber()).as(data.toString()).isTrue();
        assertThat(data.get("sesion_id").isIntegralNumber() && data.get("sesion_id").asLong() == 123).isTrue();
        assertThat(data.get("contact_id").isIntegralNumber() && data.get("contact_id").asLong() == 456).isTrue();
        assertThat(Instant.parse(data.get("created_at").asString())).isBetween(before.minusSeconds(1),
                Instant.now().plusSeconds(1));
    }

    @Test
    void anIdSentWithANewChatIsIgnored() {
        ApiClient.Response created = chats.post(Map.of("id", 999_999, "sesion_id", 1, "contact_id", 2), agent);

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.json().get("data").get("id").asLong()).isNotEqualTo(999_999);
    }

    @Test
    void eachNewChatGetsTheNextId() {
        long first = chats.create(1, 1, agent).get("id").asLong();
        long second = chats.create(1, 1, agent).get("id").asLong();

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void theListShowsEveryChatByIdInTheEnvelope() {
        JsonNode one = chats.create(10, 20, agent);
        JsonNode two = chats.create(11, 21, accounts.superuserToken());

        ApiClient.Response list = chats.get("", agent);

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("success").asBoolean()).isTrue();
        List<JsonNode> data = new ArrayList<>();
        list.json().get("data").forEach(data::add);
        assertThat(data).contains(one, two);
        List<Long> ids = data.stream().map(chat -> chat.get("id").asLong()).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void oneChatIsFoundByIdWithAndWithoutTrailingSlash() {
        JsonNode chat = chats.create(5, 6, agent);
        long id = chat.get("id").asLong();

        ApiClient.Response found = chats.get("/" + id, agent);
        ApiClient.Response slashed = chats.get("/" + id + "/", accounts.superuserToken());

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json()).isEqualTo(parse("{\"success\": true, \"data\": %s}", chat));
        assertThat(slashed.json()).isEqualTo(found.json());
    }

    @Test
    void patchingByPathChangesBothFieldsAndKeepsIdAndCreatedAt() {
        JsonNode chat = chats.create(123, 456, agent);
        long id = chat.get("id").asLong();

        ApiClient.Response patched = chats.patch("/" + id, Map.of("sesion_id", 124, "contact_id", 457), agent);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json()).isEqualTo(parse("""
                {"success": true, "data": {"id": %d, "sesion_id": 124, "contact_id": 457, "created_at": %s}}""",
                id, chat.get("created_at")));
        assertThat(chats.get("/" + id, agent).json().get("data")).isEqualTo(patched.json().get("data"));
    }

    @Test
    void patchingOneFieldKeepsTheOther() {
        long id = chats.create(123, 456, agent).get("id").asLong();

        ApiClient.Response patched = chats.patch("/" + id, Map.of("contact_id", 999), agent);

        assertThat(patched.json().get("data").get("sesion_id").asLong()).isEqualTo(123);
        assertThat(patched.json().get("data").get("contact_id").asLong()).isEqualTo(999);
    }

    @Test
    void patchingTheBasePathTakesTheIdFromTheBody() {
        long id = chats.create(123, 456, agent).get("id").asLong();

        ApiClient.Response patched = chats.patch("", Map.of("id", id, "sesion_id", 124, "contact_id", 457),
                accounts.superuserToken());

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("data").get("id").asLong()).isEqualTo(id);
        assertThat(chats.get("/" + id, agent).json().get("data").get("sesion_id").asLong()).isEqualTo(124);
    }

    @Test
    void patchingToTheSameValuesAnswersTheChatUnchanged() {
        JsonNode chat = chats.create(3, 4, agent);

        ApiClient.Response patched = chats.patch("/" + chat.get("id").asLong(),
                Map.of("sesion_id", 3, "contact_id", 4), agent);

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("data")).isEqualTo(chat);
    }

    @Test
    void deletingByQueryAnswersSuccessWithoutDataAndTheChatIsGone() {
        long id = chats.create(1, 2, agent).get("id").asLong();

        ApiClient.Response deleted = chats.delete("?id=" + id, agent);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(parse("{\"success\": true}"));
        assertThat(chats.get("/" + id, agent).status()).isEqualTo(404);
        chats.get("", agent).json().get("data").forEach(chat -> assertThat(chat.get("id").asLong()).isNotEqualTo(id));
    }

    @Test
    void deletingByPathRemovesTheRowAndKeepsTheHistory() {
        long id = chats.create(1, 2, agent).get("id").asLong();
        chats.patch("/" + id, Map.of("contact_id", 3), agent);

        ApiClient.Response deleted = chats.delete("/" + id, accounts.superuserToken());

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(parse("{\"success\": true}"));
        assertThat(chats.get("/" + id, agent).status()).isEqualTo(404);
        assertThat(jdbc.queryForList("""
                SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number""", String.class, "crm-chat-" + id)).containsExactly(
                "com.chatcore.api.crm.CrmChatOpenedEvent", "com.chatcore.api.crm.CrmChatChangedEvent",
                "com.chatcore.api.crm.CrmChatDeletedEvent");
    }
}
