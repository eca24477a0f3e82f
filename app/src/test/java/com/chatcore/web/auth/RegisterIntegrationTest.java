package com.chatcore.web.auth;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.chatcore.web.auth.Bodies.BLANK;
import static com.chatcore.web.auth.Bodies.REQUIRED;
import static com.chatcore.web.auth.Bodies.assertAnswer;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterIntegrationTest extends IntegrationTest {

    private static final String USERNAME_TAKEN = "Ya existe un usuario con este nombre.";
    private static final String EMAIL_TAKEN = "Ya existe un usuario con este correo electrónico.";

    private ApiClient.Response register(String username, String password, String email) {
        return api.post("/api/auth/register/", Map.of("username", username, "password", password, "email", email,
                "first_name", "Ana", "last_name", "García"), null);
    }

    @Test
    void registeringAnswers201WithTheNewUser() {
        String name = unique("ana");

        ApiClient.Response response = register(name, "correct-horse-1", name + "@example.com");

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode id = response.json().get("user").get("id");
        assertThat(id.isIntegralNumber()).as(response.toString()).isTrue();
        assertAnswer(response, 201, """
                {"user": {"id": %d, "username": "%s", "email": "%s@example.com",
                          "first_name": "Ana", "last_name": "García", "is_superuser": false}}"""
                .formatted(id.asLong(), name, name));
    }

    @Test
    void namesMayBeLeftOut() {
        String name = unique("ana");

        ApiClient.Response response = api.post("/api/auth/register",
                Map.of("username", name, "password", "correct-horse-1", "email", name + "@example.com"), null);

        assertAnswer(response, 201, """
                {"user": {"id": %d, "username": "%s", "email": "%s@example.com", "first_name": "", "last_name": "",
                          "is_superuser": false}}"""
                .formatted(response.json().get("user").get("id").asLong(), name, name));
    }

    @Test
    void eachRegistrationGetsItsOwnId() {
        long first = accounts.register(unique("ana")).get("id").asLong();
        long second = accounts.register(unique("ana")).get("id").asLong();

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void missingFieldsAreRequired() {
        assertAnswer(api.post("/api/auth/register/", "{}", null), 400, """
                {"username": ["%s"], "password": ["%s"], "email": ["%s"]}""".formatted(REQUIRED, REQUIRED, REQUIRED));
    }

    @Test
    void blankFieldsAreRefused() {
        assertAnswer(register(" ", "", ""), 400, """
                {"username": ["%s"], "password": ["%s"], "email": ["%s"]}""".formatted(BLANK, BLANK, BLANK));
    }

    @Test
    void aPasswordUnder8CharactersIsRefused() {
        String name = unique("ana");

        assertAnswer(register(name, "short-7", name + "@example.com"), 400, """
                {"password": ["Asegúrese de que este campo tenga al menos 8 caracteres."]}""");
    }

    @Test
    void aPasswordOver72CharactersIsRefused() {
        String name = unique("ana");

        assertAnswer(register(name, "p".repeat(73), name + "@example.com"), 400, """
                {"password": ["Asegúrese de que este campo no tenga más de 72 caracteres."]}""");
    }

    @Test
    void aPasswordOver72BytesIsRefusedRatherThanFailing() {
        String name = unique("ana");

        assertAnswer(register(name, "ñ".repeat(40), name + "@example.com"), 400, """
                {"password": ["Asegúrese de que este campo no ocupe más de 72 bytes en UTF-8."]}""");
    }

    @Test
    void aPasswordOf72BytesIsAccepted() {
        String name = unique("ana");

        assertThat(register(name, "ñ".repeat(36), name + "@example.com").status()).isEqualTo(201);
    }

    @Test
    void anInvalidEmailIsRefused() {
        assertAnswer(register(unique("ana"), "correct-horse-1", "ana.example.com"), 400, """
                {"email": ["Introduzca una dirección de correo electrónico válida."]}""");
    }

    @Test
    void anInvalidUsernameIsRefused() {
        assertAnswer(register("ana maría", "correct-horse-1", unique("ana") + "@example.com"), 400, """
                {"username": ["Introduzca un nombre de usuario válido. Este valor solo puede contener letras, \
                números y los caracteres @/./+/-/_."]}""");
    }

    @Test
    void usernamesMayHoldAnyLettersAsDjangosDo() {
        String name = unique("josé_ñandú");
        ApiClient.Response registered = register(name, "correct-horse-1", unique("jose") + "@example.com");

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("user").get("username").asString()).isEqualTo(name);
        assertThat(accounts.login(name, "correct-horse-1")).isNotBlank();
        assertAnswer(register(name, "correct-horse-1", unique("other") + "@example.com"), 400, """
                {"username": ["%s"]}""".formatted(USERNAME_TAKEN));
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() {
        String name = unique("ana");
        accounts.register(name);

        assertAnswer(register(name.toUpperCase(), "correct-horse-1", unique("other") + "@example.com"), 400, """
                {"username": ["%s"]}""".formatted(USERNAME_TAKEN));
    }

    @Test
    void aTakenEmailIsRefusedWhateverItsCase() {
        String name = unique("ana");
        accounts.register(name);

        assertAnswer(register(unique("other"), "correct-horse-1", (name + "@EXAMPLE.com").toUpperCase()), 400, """
                {"email": ["%s"]}""".formatted(EMAIL_TAKEN));
    }

    @Test
    void aTakenUsernameAndEmailAreBothReported() {
        String name = unique("ana");
        accounts.register(name);

        assertAnswer(register(name, "correct-horse-1", name + "@example.com"), 400, """
                {"username": ["%s"], "email": ["%s"]}""".formatted(USERNAME_TAKEN, EMAIL_TAKEN));
    }

    @Test
    void aRefusedRegistrationLeavesTheNamesFree() {
        String name = unique("ana");
        register(name, "correct-horse-1", "not-an-email");

        assertThat(register(name, "correct-horse-1", name + "@example.com").status()).isEqualTo(201);
    }

    @Test
    void twoParallelRegistrationsOfOneUsernameOpenOneAccount() throws Exception {
        String name = unique("race");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApiClient.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String email = name + "-" + i + "@example.com";
                answers.add(pool.submit(() -> {
                    start.await();
                    return register(name, "correct-horse-1", email);
                }));
            }
            start.countDown();
            List<ApiClient.Response> responses = new ArrayList<>();
            for (Future<ApiClient.Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(responses).extracting(ApiClient.Response::status).containsExactlyInAnyOrder(201, 400);
            ApiClient.Response refused = responses.stream().filter(r -> r.status() == 400).findFirst().orElseThrow();
            assertAnswer(refused, 400, """
                    {"username": ["%s"]}""".formatted(USERNAME_TAKEN));
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
