package com.chatcore.web.directchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls of seed 002's public client (Santhurt/mercado-virtual, {@code services/chats.ts}), made the way it
 * makes them from its own origin, and the fields it reads (issue 15).
 */
class DirectChatClientIntegrationTest extends IntegrationTest {

    @Test
    void theClientOpensAChatAndReadsItsChatList() {
        DirectChatsApi chats = new DirectChatsApi(api, accounts);
        Member me = chats.member("buyer");
        Member seller = chats.member("seller");

        ApiClient.Response opened = fromFrontend(api.request("/api/chats", me.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        ApiClient.json(Map.of("participants", List.of(me.idText(), seller.idText()))))));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String chatId = opened.json().get("data").get("_id").asString();
        ApiClient.Response reopened = chats.create(me.token(), List.of(me.idText(), seller.idText()));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().get("data").get("_id").asString()).isEqualTo(chatId);
        assertThat(chats.patchLastMessage(chatId, "{\"lastMessage\": {\"text\": \"¿Sigue disponible?\", \"sender\": \"%s\","
                .formatted(me.idText()) + " \"timestamp\": \"2025-12-10T11:00:00.000Z\"}}", me.token()).status())
                .isEqualTo(200);

        ApiClient.Response list = fromFrontend(api.request("/api/chats/user/" + me.idText() + "?page=1&limit=20",
                me.token()).GET());

        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().get("success").asBoolean()).isTrue();
        assertThat(list.json().get("data").get("pagination"))
                .isEqualTo(DirectChatsApi.json("{\"page\": 1, \"limit\": 20, \"total\": 1, \"pages\": 1}"));
        JsonNode chat = list.json().get("data").get("chats").get(0);
        assertThat(chat.get("_id").isString()).isTrue();
        assertThat(chat.get("_id").asString()).isEqualTo(chatId);
        JsonNode other = chat.get("participants").valueStream()
                .filter(p -> !p.get("_id").asString().equals(me.idText())).findFirst().orElseThrow();
        assertThat(other.get("_id").asString()).isEqualTo(seller.idText());
        assertThat(other.get("fullName").asString()).isEqualTo(seller.username());
        assertThat(other.get("username").asString()).isEqualTo(seller.username());
        assertThat(other.get("email").asString()).isEqualTo(seller.username() + "@example.com");
        assertThat(other.has("profileImage")).isTrue();
        assertThat(chat.get("lastMessage")).isEqualTo(DirectChatsApi.json(("{\"text\": \"¿Sigue disponible?\","
                + " \"sender\": \"%s\", \"timestamp\": \"2025-12-10T11:00:00.000Z\"}").formatted(me.idText())));
        assertThat(chat.get("createdAt").asString()).matches(DirectChatsApi.JS_TIME);
        assertThat(chat.get("updatedAt").asString()).matches(DirectChatsApi.JS_TIME);
    }

    @Test
    void theClientsOriginMayCallTheRoutesWithItsToken() {
        ApiClient.Response preflight = api.send(api.request("/api/chats", null).header("Origin", FRONTEND_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.raw().headers().firstValue("Access-Control-Allow-Origin")).contains(FRONTEND_ORIGIN);
        assertThat(preflight.raw().headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");
    }

    private ApiClient.Response fromFrontend(HttpRequest.Builder request) {
        ApiClient.Response response = api.send(request.header("Origin", FRONTEND_ORIGIN));
        assertThat(response.raw().headers().firstValue("Access-Control-Allow-Origin")).contains(FRONTEND_ORIGIN);
        return response;
    }
}
