package com.chatcore.web.directchats;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ApiContractCheck;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's routes follow {@code chat.seed002.base-path} (so that seed 000's CRM chats can take
 * {@code /api/chats}): in a context of its own, mounted elsewhere, they answer there and only there, and the
 * OpenAPI document names them there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.jwt.secret=direct-chats-base-path-secret-of-32-bytes!",
        "chat.embedded-database.durable=false",
        "chat.seed002.base-path=" + DirectChatBasePathIntegrationTest.MOVED
})
@ExtendWith(ApiContractCheck.class)
class DirectChatBasePathIntegrationTest {

    static final String MOVED = "/api/v2/direct-chats";

    @LocalServerPort
    private int port;

    private ApiClient api;
    private DirectChatsApi chats;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "");
        registry.add("chat.data-dir", () -> Path.of("target", "it-data", "base-path-" + UUID.randomUUID()).toString());
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        chats = new DirectChatsApi(api, new Accounts(api), MOVED);
    }

    @Test
    void theRoutesAnswerUnderTheConfiguredPathOnly() {
        Member ana = chats.member("ana");
        Member bea = chats.member("bea");

        JsonNode chat = chats.chatOf(ana, bea);

        ApiClient.Response one = chats.get("/" + chat.get("_id").asString(), bea.token());
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(chats.get("/user/" + ana.id(), ana.token()).json().get("data").get("pagination").get("total")
                .asLong()).isEqualTo(1);
        ApiClient.Response former = api.post(DirectChatsApi.BASE, Map.of("participants",
                List.of(ana.idText(), bea.idText())), ana.token());
        assertThat(former.status()).as(former.toString()).isEqualTo(404);
    }

    @Test
    void theApiDocumentNamesTheConfiguredPath() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");

        assertThat(paths.propertyNames()).contains(MOVED, MOVED + "/{id}", MOVED + "/{id}/last-message",
                MOVED + "/user/{userId}");
        assertThat(paths.propertyNames()).noneMatch(path -> path.startsWith(DirectChatsApi.BASE));
        assertThat(paths.get(MOVED + "/{id}").get("get").get("responses").get("404").get("content")
                .get("application/json").get("example").get("message").asString()).isEqualTo("Chat no encontrado");
    }
}
