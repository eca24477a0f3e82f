package com.chatcore.support;

import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens accounts and logs in through the public API, as a frontend would. */
public final class Accounts {

    public static final String PASSWORD = "correct-horse-1";

    private final ApiClient api;

    public Accounts(ApiClient api) {
        this.api = api;
    }

    public String superuserToken() {
        return login(IntegrationTest.SUPERUSER, IntegrationTest.SUPERUSER_PASSWORD);
    }

    public String login(String username, String password) {
        ApiClient.Response response = api.post("/api/auth/login/",
                Map.of("username", username, "password", password), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("token").asString();
    }

    /** Registers a USER and returns its token. */
    public String userToken(String username) {
        register(username);
        return login(username, PASSWORD);
    }

    public JsonNode register(String username) {
        ApiClient.Response response = api.post("/api/auth/register/", Map.of("username", username,
                "password", PASSWORD, "email", username + "@example.com"), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("user");
    }

    /** Creates an agent through the superuser and returns the seed's agent object. */
    public JsonNode createAgent(String username, int maxConcurrentChats) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("email", username + "@example.com");
        body.put("first_name", "Agent");
        body.put("last_name", username);
        body.put("max_concurrent_chats", maxConcurrentChats);
        ApiClient.Response response = api.post("/api/agents/", body, superuserToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** Creates an auditor through the superuser and returns its account object. */
    public JsonNode createAuditor(String username) {
        ApiClient.Response response = api.post("/api/auditors/", Map.of("username", username, "password", PASSWORD,
                "email", username + "@example.com", "first_name", "Audit", "last_name", username), superuserToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    public String auditorToken(String username) {
        createAuditor(username);
        return login(username, PASSWORD);
    }

    public String agentToken(String username) {
        createAgent(username, 5);
        return login(username, PASSWORD);
    }
}
