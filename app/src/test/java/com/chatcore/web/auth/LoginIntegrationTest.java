package com.chatcore.web.auth;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static com.chatcore.web.auth.Bodies.BLANK;
import static com.chatcore.web.auth.Bodies.REQUIRED;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

class LoginIntegrationTest extends IntegrationTest {

    private static final String BAD_CREDENTIALS = """
            {"non_field_errors": ["No puede iniciar sesión con las credenciales proporcionadas."]}""";

    private ApiClient.Response login(String path, String username, String password) {
        return api.post(path, Map.of("username", username, "password", password), null);
    }

    @Test
    void missingFieldsAreRequired() {
        assertAnswer(api.post("/api/auth/login/", "{}", null), 400, """
                {"username": ["%s"], "password": ["%s"]}""".formatted(REQUIRED, REQUIRED));
    }

    @Test
    void blankFieldsAreRefused() {
        assertAnswer(login("/api/auth/login/", "", " "), 400, """
                {"username": ["%s"], "password": ["%s"]}""".formatted(BLANK, BLANK));
    }

    @Test
    void aWrongPasswordIsRefused() {
        String name = unique("ana");
        accounts.register(name);

        assertAnswer(login("/api/auth/login/", name, "wrong-password"), 400, BAD_CREDENTIALS);
    }

    @Test
    void anUnknownUserIsRefusedTheSameWay() {
        assertAnswer(login("/api/auth/login/", unique("nobody"), Accounts.PASSWORD), 400, BAD_CREDENTIALS);
    }

    @Test
    void aPasswordLongerThanBcryptTakesIsRefusedNotAServerError() {
        String name = unique("ana");
        accounts.register(name);

        assertAnswer(login("/api/auth/login/", name, Accounts.PASSWORD + "x".repeat(100)), 400, BAD_CREDENTIALS);
    }

    @Test
    void aUserLogsInWithTokenUserAndNoAgent() {
        String name = unique("ana");
        JsonNode user = accounts.register(name);

        ApiClient.Response response = login("/api/auth/login/", name, Accounts.PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        String token = response.json().get("token").asString();
        assertThat(token).isNotBlank();
        assertAnswer(response, 200, """
                {"token": "%s",
                 "user": {"id": %d, "username": "%s", "email": "%s@example.com", "first_name": "", "last_name": "",
                          "is_superuser": false},
                 "agent": null}""".formatted(token, user.get("id").asLong(), name, name));
    }

    @Test
    void aSuperuserIsToldSoAsThePublicClientReadsIt() {
        ApiClient.Response response = login("/api/auth/login/", SUPERUSER, SUPERUSER_PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("user").get("is_superuser").asBoolean()).isTrue();
        assertThat(response.json().get("agent").isNull()).isTrue();
    }

    @Test
    void anAgentLogsInWithItsAgentProfile() {
        String name = unique("eva");
        JsonNode agent = accounts.createAgent(name, 7);
        long userId = agent.get("user").get("id").asLong();

        ApiClient.Response response = login("/api/auth/login/", name, Accounts.PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertAnswer(response, 200, """
                {"token": "%s",
                 "user": {"id": %d, "username": "%s", "email": "%s@example.com", "first_name": "Agent",
                          "last_name": "%s", "is_superuser": false},
                 "agent": {"id": %d, "user": %d, "is_available": true, "current_active_chats": 0,
                           "max_concurrent_chats": 7}}"""
                .formatted(response.json().get("token").asString(), userId, name, name, name,
                        agent.get("id").asLong(), userId));
    }

    @Test
    void theAgentProfileNamesTheAccountThatLoggedIn() {
        String name = unique("eva");
        accounts.createAgent(name, 5);

        JsonNode answer = login("/api/auth/login/", name, Accounts.PASSWORD).json();

        assertThat(answer.get("agent").get("user").asLong()).isEqualTo(answer.get("user").get("id").asLong());
    }

    @Test
    void loginWorksWithoutTheTrailingSlash() {
        String name = unique("ana");
        accounts.register(name);

        ApiClient.Response response = login("/api/auth/login", name, Accounts.PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("token").asString()).isNotBlank();
    }

    @Test
    void eachLoginIssuesADistinctToken() {
        String name = unique("ana");
        accounts.register(name);

        assertThat(accounts.login(name, Accounts.PASSWORD)).isNotEqualTo(accounts.login(name, Accounts.PASSWORD));
    }
}
