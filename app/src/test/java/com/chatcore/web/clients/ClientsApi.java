package com.chatcore.web.clients;

import com.chatcore.support.ApiClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004's routes, called as a frontend would. */
final class ClientsApi {

    private final ApiClient api;

    ClientsApi(ApiClient api) {
        this.api = api;
    }

    ApiClient.Response register(Object body, String token) {
        return api.post("/api/clients", body, token);
    }

    /** Registers a client and answers its id. */
    String registered(String sessionId, String token) {
        ApiClient.Response created = register(Map.of("session_id", sessionId), token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("record").get("id").asString();
    }

    ApiClient.Response link(String clientId, Object body, String token) {
        return api.post("/api/clients/" + clientId + "/conversations", body, token);
    }

    void linked(String clientId, String chatId, String token) {
        ApiClient.Response linked = link(clientId, Map.of("chatId", chatId), token);
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    }

    ApiClient.Response view(String chatId, String token) {
        return api.get("/api/clients/view?chatId=" + URLEncoder.encode(chatId, StandardCharsets.UTF_8), token);
    }

    ApiClient.Response viewWithQuery(String query, String token) {
        return api.get("/api/clients/view" + query, token);
    }

    ApiClient.Response delete(String clientId, String token) {
        return api.send(api.request("/api/clients/" + clientId, token).DELETE());
    }
}
