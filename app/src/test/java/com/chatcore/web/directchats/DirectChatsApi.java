package com.chatcore.web.directchats;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002's routes as its clients call them, with users of their own for each test. */
final class DirectChatsApi {

    static final String BASE = "/api/chats";
    static final String UNKNOWN_CHAT = "0f5e7a52-8f5e-4f7e-9a43-000000000000";
    static final Pattern JS_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A registered USER: its id and a token. */
    record Member(long id, String username, String token) {

        String idText() {
            return Long.toString(id);
        }
    }

    private final ApiClient api;
    private final Accounts accounts;
    private final String base;

    DirectChatsApi(ApiClient api, Accounts accounts) {
        this(api, accounts, BASE);
    }

    DirectChatsApi(ApiClient api, Accounts accounts, String base) {
        this.api = api;
        this.accounts = accounts;
        this.base = base;
    }

    Member member(String prefix) {
        String username = IntegrationTest.unique(prefix);
        long id = accounts.register(username).get("id").asLong();
        return new Member(id, username, accounts.login(username, Accounts.PASSWORD));
    }

    ApiClient.Response create(String token, Object body) {
        return api.post(base, body, token);
    }

    ApiClient.Response create(String token, List<?> participants) {
        return create(token, Map.of("participants", participants));
    }

    /** Opens a chat between these members (as the first) and answers its {@code data}. */
    JsonNode chatOf(Member... members) {
        ApiClient.Response created = create(members[0].token(), List.of(ids(members)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("data");
    }

    ApiClient.Response get(String path, String token) {
        return api.get(base + path, token);
    }

    ApiClient.Response put(String id, Object body, String token) {
        return api.send(api.request(base + "/" + id, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : ApiClient.json(body))));
    }

    ApiClient.Response patchLastMessage(String id, String body, String token) {
        return api.patch(base + "/" + id + "/last-message", body, token);
    }

    ApiClient.Response delete(String id, String token) {
        return api.send(api.request(base + "/" + id, token).DELETE());
    }

    static Object[] ids(Member... members) {
        Object[] ids = new Object[members.length];
        for (int i = 0; i < members.length; i++) {
            ids[i] = members[i].idText();
        }
        return ids;
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** Seed 002's error body, exactly. */
    static void assertError(ApiClient.Response response, int status, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).as(response.toString())
                .isEqualTo(JSON.createObjectNode().put("success", false).put("message", message));
    }

    /** The participant ids of a chat object, in order. */
    static List<Long> participantIds(JsonNode chat) {
        return chat.get("participants").valueStream().map(p -> p.get("id").asLong()).toList();
    }
}
