package com.chatcore.web.crmchats;

import com.chatcore.support.ApiClient;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 000's routes at a base path, called as a frontend would, with a token or none. */
final class CrmChatsApi {

    private final ApiClient api;
    private final String base;

    CrmChatsApi(ApiClient api, String base) {
        this.api = api;
        this.base = base;
    }

    String base() {
        return base;
    }

    /** Creates a chat and answers its {@code data}. */
    JsonNode create(long sessionId, long contactId, String token) {
        ApiClient.Response created = api.post(base, Map.of("sesion_id", sessionId, "contact_id", contactId), token);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        return created.json().get("data");
    }

    ApiClient.Response get(String path, String token) {
        return api.get(base + path, token);
    }

    ApiClient.Response post(Object body, String token) {
        return api.post(base, body, token);
    }

    ApiClient.Response patch(String path, Object body, String token) {
        return api.patch(base + path, body, token);
    }

    ApiClient.Response delete(String path, String token) {
        return api.send(api.request(base + path, token).DELETE());
    }

    /** A request with the CRM chats' API key and no token. */
    ApiClient.Response withKey(String method, String path, String headerName, String key) {
        HttpRequest.Builder request = api.request(base + path, null).header(headerName, key);
        return api.send(request.method(method, HttpRequest.BodyPublishers.noBody()));
    }
}
