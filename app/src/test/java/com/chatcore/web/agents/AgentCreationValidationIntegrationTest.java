package com.chatcore.web.agents;

import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/agents/ with fields a SUPERUSER got wrong: 400 with DRF's per-field messages. */
class AgentCreationValidationIntegrationTest extends IntegrationTest {

    private String superuser;

    @BeforeEach
    void logIn() {
        superuser = accounts.superuserToken();
    }

    @Test
    void missingRequiredFields() {
        ApiClient.Response response = api.post("/api/agents/", Map.of("first_name", "Ana"), superuser);

        assertBadRequest(response, ExpectedJson.parse("""
                {"username": ["Este campo es requerido."],
                 "password": ["Este campo es requerido."],
                 "email": ["Este campo es requerido."]}"""));
    }

    @Test
    void eachMissingFieldAlone() {
        for (String field : new String[] {"username", "password", "email"}) {
            Map<String, Object> request = AgentFixtures.creation(unique("agent"));
            request.remove(field);

            assertBadRequest(api.post("/api/agents/", request, superuser),
                    ExpectedJson.fieldError(field, "Este campo es requerido."));
        }
    }

    @Test
    void blankUsername() {
        Map<String, Object> request = AgentFixtures.creation(unique("agent"));
        request.put("username", "");

        assertBadRequest(api.post("/api/agents/", request, superuser),
                ExpectedJson.fieldError("username", "Este campo no puede estar en blanco."));
    }

    @Test
    void badEmail() {
        Map<String, Object> request = AgentFixtures.creation(unique("agent"));
        request.put("email", "not-an-email");

        assertBadRequest(api.post("/api/agents/", request, superuser),
                ExpectedJson.fieldError("email", "Introduzca una dirección de correo electrónico válida."));
    }

    @Test
    void shortPassword() {
        Map<String, Object> request = AgentFixtures.creation(unique("agent"));
        request.put("password", "short");

        assertBadRequest(api.post("/api/agents/", request, superuser),
                ExpectedJson.fieldError("password", "Asegúrese de que este campo tenga al menos 8 caracteres."));
    }

    @Test
    void capacityBelowOne() {
        Map<String, Object> request = AgentFixtures.creation(unique("agent"));
        request.put("max_concurrent_chats", 0);

        assertBadRequest(api.post("/api/agents/", request, superuser), ExpectedJson.fieldError(
                "max_concurrent_chats", "Asegúrese de que este valor es mayor o igual a 1."));
    }

    @Test
    void capacityAboveOneHundred() {
        Map<String, Object> request = AgentFixtures.creation(unique("agent"));
        request.put("max_concurrent_chats", 101);

        assertBadRequest(api.post("/api/agents/", request, superuser), ExpectedJson.fieldError(
                "max_concurrent_chats", "Asegúrese de que este valor es menor o igual a 100."));
    }

    @Test
    void capacityBoundsAreAccepted() {
        for (int capacity : new int[] {1, 100}) {
            Map<String, Object> request = AgentFixtures.creation(unique("agent"));
            request.put("max_concurrent_chats", capacity);

            ApiClient.Response response = api.post("/api/agents/", request, superuser);

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().get("max_concurrent_chats").asInt()).isEqualTo(capacity);
        }
    }

    @Test
    void capacityThatIsNotANumber() {
        Map<String, Object> request = AgentFixtures.creation(unique("agent"));
        request.put("max_concurrent_chats", "abc");

        assertBadRequest(api.post("/api/agents/", request, superuser),
                ExpectedJson.fieldError("max_concurrent_chats", "Se requiere un número entero válido."));
    }

    @Test
    void duplicateUsername() {
        String name = unique("agent");
        accounts.createAgent(name, 3);
        Map<String, Object> request = AgentFixtures.creation(name);
        request.put("email", unique("other") + "@example.com");

        assertBadRequest(api.post("/api/agents/", request, superuser),
                ExpectedJson.fieldError("username", "Ya existe un usuario con este nombre."));
    }

    @Test
    void duplicateUsernameInOtherCase() {
        String name = unique("agent");
        accounts.createAgent(name, 3);
        Map<String, Object> request = AgentFixtures.creation(name.toUpperCase());
        request.put("email", unique("other") + "@example.com");

        assertBadRequest(api.post("/api/agents/", request, superuser),
                ExpectedJson.fieldError("username", "Ya existe un usuario con este nombre."));
    }

    @Test
    void usernameOfAnExistingCustomer() {
        String name = unique("user");
        accounts.register(name);
        Map<String, Object> request = AgentFixtures.creation(name);
        request.put("email", unique("other") + "@example.com");

        assertBadRequest(api.post("/api/agents/", request, superuser),
                ExpectedJson.fieldError("username", "Ya existe un usuario con este nombre."));
    }

    private static void assertBadRequest(ApiClient.Response response, JsonNode expected) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json()).isEqualTo(expected);
    }
}
