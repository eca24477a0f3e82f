package com.chatcore.web.clients;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static com.chatcore.support.ExpectedJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004's lookup by WhatsApp chat id, and the writes that give it data, over HTTP. */
class ClientsIntegrationTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private ClientsApi clients;
    private String agent;

    @BeforeEach
    void setUp() {
        clients = new ClientsApi(api);
        agent = accounts.agentToken(unique("clients_agent"));
    }

    private static String chatId() {
        return unique("34600").replace("_", "") + "@c.us";
    }

    @Test
    void registeringAClientAnswers201WithItsIdAndSessionIdOnly() {
        ApiClient.Response created = clients.register(Map.of("session_id", "xyz789", "name", "Ana",
                "phone", "+34600000000"), agent);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("record").get("id").asString();
        assertThat(id).matches("\\d+");
        assertThat(created.json()).isEqualTo(parse("""
                {"success": true, "record": {"id": "%s", "session_id": "xyz789"}}""", id));
    }

    @Test
    void anIntegerSessionIdIsKeptAsItsDecimalText() {
        ApiClient.Response created = clients.register(Map.of("session_id", 123), accounts.superuserToken());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("record").get("session_id").isString()).isTrue();
        assertThat(created.json().get("record").get("session_id").asString()).isEqualTo("123");
    }

    @Test
    void theLookupAnswersTheClientOfTheConversationExactlyAsTheSeedShows() {
        String chat = chatId();
        String id = clients.registered("xyz789", agent);
        clients.linked(id, chat, agent);

        ApiClient.Response found = clients.view(chat, accounts.superuserToken());

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json()).isEqualTo(parse("""
                {"success": true, "record": {"id": "%s", "session_id": "xyz789"}}""", id));
    }

    @Test
    void linkingAnswers201WithTheConversation() {
        String chat = chatId();
        String id = clients.registered("s1", agent);

        ApiClient.Response linked = clients.link(id, Map.of("chatId", chat), agent);

        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json()).isEqualTo(parse("""
                {"success": true, "record": {"chatId": "%s", "client_id": "%s"}}""", chat, id));
    }

    @Test
    void linkingTheSameConversationAgainChangesNothing() {
        String chat = chatId();
        String id = clients.registered("s1", agent);
        clients.linked(id, chat, agent);

        ApiClient.Response again = clients.link(id, Map.of("chatId", chat), agent);

        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type = 'com.chatcore.api.crm.WhatsAppConversationLinkedEvent'""", Integer.class,
                "crm-client-" + id)).isEqualTo(1);
    }

    @Test
    void aClientHasManyConversations() {
        String first = chatId();
        String second = chatId();
        String id = clients.registered("multi", agent);
        clients.linked(id, first, agent);
        clients.linked(id, second, agent);

        assertThat(clients.view(first, agent).json().get("record").get("id").asString()).isEqualTo(id);
        assertThat(clients.view(second, agent).json().get("record").get("id").asString()).isEqualTo(id);
    }

    @Test
    void deletingAClientAnswersSuccessAndItsConversationsThenFindNoClient() {
        String chat = chatId();
        String id = clients.registered("gone", agent);
        clients.linked(id, chat, agent);

        ApiClient.Response deleted = clients.delete(id, agent);

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(parse("{\"success\": true}"));
        ApiClient.Response lookup = clients.view(chat, agent);
        assertThat(lookup.status()).as(lookup.toString()).isEqualTo(404);
        assertThat(lookup.json()).isEqualTo(parse("{\"error\": \"Client not found\"}"));
    }

    @Test
    void aDeletedClientsChatIdCanBelongToAnotherClient() {
        String chat = chatId();
        String first = clients.registered("first", agent);
        clients.linked(first, chat, agent);
        clients.delete(first, agent);
        String second = clients.registered("second", agent);

        clients.linked(second, chat, agent);

        assertThat(clients.view(chat, agent).json()).isEqualTo(parse("""
                {"success": true, "record": {"id": "%s", "session_id": "second"}}""", second));
    }
}
