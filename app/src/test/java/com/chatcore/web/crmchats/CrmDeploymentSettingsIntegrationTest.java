package com.chatcore.web.crmchats;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ApiContractCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.chatcore.support.ExpectedJson.UNAUTHENTICATED;
import static com.chatcore.support.ExpectedJson.detail;
import static com.chatcore.support.ExpectedJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM settings a deployment changes, in one extra application context with its own PostgreSQL: seed 000
 * mounted at {@code /api/chats} (seed 002's default) and seed 002 moved to {@code /api/crm/chats} (the
 * property named here is the one its family is to read), the token-less key of issue 15 under a header of the
 * deployment's choosing, and a lookup budget of zero for seed 004.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.jwt.secret=crm-deployment-secret-of-at-least-32-bytes!",
        "chat.bootstrap-superuser.username=" + CrmDeploymentSettingsIntegrationTest.ROOT,
        "chat.bootstrap-superuser.password=" + CrmDeploymentSettingsIntegrationTest.ROOT_PASSWORD,
        "chat.embedded-database.durable=false",
        "chat.projections.segments=1",
        "chat.crm-chats.base-path=/api/chats",
        "chat.seed002.base-path=/api/crm/chats",
        "chat.crm-chats.api-key=" + CrmDeploymentSettingsIntegrationTest.KEY,
        "chat.crm-chats.api-key-header=" + CrmDeploymentSettingsIntegrationTest.HEADER,
        "chat.clients.lookup-timeout=0s"
})
@ExtendWith(ApiContractCheck.class)
class CrmDeploymentSettingsIntegrationTest {

    static final String ROOT = "root";
    static final String ROOT_PASSWORD = "root-password-1";
    static final String KEY = "crm-key-0123456789-0123456789-0123456789";
    static final String HEADER = "X-Crm-Key";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private ApiClient api;
    private CrmChatsApi chats;
    private String root;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "crm-" + UUID.randomUUID()).toString());
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        chats = new CrmChatsApi(api, "/api/chats");
        root = new Accounts(api).login(ROOT, ROOT_PASSWORD);
    }

    @Test
    void theCrmChatsAnswerAtTheConfiguredPathOnly() {
        JsonNode chat = chats.create(123, 456, root);

        ApiClient.Response found = chats.get("/" + chat.get("id").asLong(), root);
        ApiClient.Response atDefault = api.get("/api/crm/chats/" + chat.get("id").asLong(), root);

        assertThat(found.json()).isEqualTo(parse("{\"success\": true, \"data\": %s}", chat));
        // Seed 002 answers there now: its own 404 (a "message", not the CRM routes' "error").
        assertThat(atDefault.status()).as(atDefault.toString()).isEqualTo(404);
        assertThat(atDefault.json().has("error")).as(atDefault.toString()).isFalse();
        assertThat(atDefault.json().get("message").asString()).isEqualTo("Chat no encontrado");
        ApiClient.Response seed002There = api.get("/api/crm/chats", root);
        assertThat(seed002There.status()).as(seed002There.toString()).isEqualTo(200);
        assertThat(seed002There.json().get("data").has("pagination")).as("seed 002's list where CRM was")
                .isTrue();
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.get("/api/chats").get("get").get("tags").get(0).asString()).isEqualTo("crm-chats-controller");
        assertThat(paths.has("/api/crm/chats/{id}") && paths.get("/api/crm/chats/{id}").toString()
                .contains("crm-chats-controller")).isFalse();
    }

    @Test
    void theKeyListsAndDeletesWithoutATokenAndTheEventsNameIt() {
        long id = chats.create(7, 8, root).get("id").asLong();

        ApiClient.Response list = chats.withKey("GET", "", HEADER, KEY);
        ApiClient.Response deleted = chats.withKey("DELETE", "/" + id, HEADER, KEY);

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("data").toString()).contains("\"id\":" + id + ",");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json()).isEqualTo(parse("{\"success\": true}"));
        assertThat(chats.get("/" + id, root).status()).isEqualTo(404);
        String metadata = jdbc.queryForObject("""
                SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?
                AND payload_type = 'com.chatcore.api.crm.CrmChatDeletedEvent'""", String.class, "crm-chat-" + id);
        assertThat(parse(metadata).get("callerId").asString()).isEqualTo("crm-api-key");
        assertThat(parse(metadata).get("callerRole").asString()).isEqualTo("CRM_API_KEY");
    }

    @Test
    void aWrongKeyOrNoneAnswers401() {
        long id = chats.create(1, 2, root).get("id").asLong();

        ApiClient.Response wrong = chats.withKey("DELETE", "/" + id, HEADER, KEY + "x");
        ApiClient.Response none = chats.get("", null);
        ApiClient.Response underAnotherHeader = chats.withKey("GET", "", "X-Api-Key", KEY);

        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        assertThat(wrong.json()).isEqualTo(detail(CrmApiKeyFilter.INVALID_KEY));
        assertThat(none.json()).isEqualTo(detail(UNAUTHENTICATED));
        assertThat(underAnotherHeader.status()).isEqualTo(401);
        assertThat(chats.get("/" + id, root).status()).isEqualTo(200);
    }

    @Test
    void theKeyOpensNoOtherRoute() {
        for (String path : List.of("/api/clients/view?chatId=1@c.us", "/api/agents", "/api/chat-rooms/all_chats")) {
            ApiClient.Response response = api.send(api.request(path, null).header(HEADER, KEY).GET());
            assertThat(response.status()).as(path + " " + response).isEqualTo(401);
        }
    }

    @Test
    void aTokenIsReadBeforeTheKeySoAUserStaysForbidden() {
        String user = new Accounts(api).userToken("crm_user_" + UUID.randomUUID().toString().substring(0, 8));

        ApiClient.Response response = api.send(api.request("/api/chats", user).header(HEADER, KEY).GET());

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json()).isEqualTo(parse("{\"success\": false, \"error\": \"%s\"}",
                CrmChatsErrors.FORBIDDEN));
    }

    @Test
    void theDocumentOffersTheKeyOnTheCrmChatsRoutes() {
        JsonNode docs = api.get("/v3/api-docs", null).json();

        assertThat(docs.get("components").get("securitySchemes").get(CrmChatsOpenApi.API_KEY)).isEqualTo(parse("""
                {"type": "apiKey", "in": "header", "name": "%s",
                 "description": "The CRM chats' static key (chat.crm-chats.api-key), for a client without tokens"}""",
                HEADER));
        assertThat(docs.get("paths").get("/api/chats/{id}").get("delete").get("security").toString())
                .contains(CrmChatsOpenApi.API_KEY);
    }

    @Test
    void aLookupBeyondItsBudgetAnswers408() {
        ApiClient.Response client = api.post("/api/clients", Map.of("session_id", "s"), root);
        String clientId = client.json().get("record").get("id").asString();
        ApiClient.Response linked = api.post("/api/clients/" + clientId + "/conversations",
                Map.of("chatId", "34699@c.us"), root);
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);

        ApiClient.Response late = api.get("/api/clients/view?chatId=34699@c.us", root);

        assertThat(late.status()).as(late.toString()).isEqualTo(408);
        assertThat(late.json()).isEqualTo(parse("{\"error\": \"Request timeout\"}"));
    }
}
