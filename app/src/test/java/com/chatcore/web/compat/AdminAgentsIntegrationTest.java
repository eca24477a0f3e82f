package com.chatcore.web.compat;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/admin-agents/: a SUPERUSER lists, creates, changes and removes agents. */
class AdminAgentsIntegrationTest extends IntegrationTest {

    private static final String PATH = "/api/admin-agents/";
    private static final String REQUIRED = "Este campo es requerido.";
    private static final String BAD_LOGIN = """
            {"non_field_errors": ["No puede iniciar sesión con las credenciales proporcionadas."]}""";

    @Autowired
    private QueryGateway queries;
    private String root;

    @BeforeEach
    void logIn() {
        root = accounts.superuserToken();
    }

    private ApiClient.Response put(String path, Object body, String token) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ApiClient.json(body))));
    }

    private ApiClient.Response delete(String path, String token) {
        return api.send(api.request(path, token).DELETE());
    }

    private static Map<String, Object> creation(String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", username + "@example.com");
        body.put("password", Accounts.PASSWORD);
        body.put("first_name", "Eva");
        body.put("last_name", "Ruiz");
        return body;
    }

    private JsonNode create(Map<String, Object> body) {
        ApiClient.Response response = api.post(PATH, body, root);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode expected(long id, long userId, String username, String email, String firstName,
            String lastName, boolean available, int max, String employeeId, String department, boolean active) {
        String fullName = (firstName + " " + lastName).strip();
        Map<String, Object> user = new HashMap<>();
        user.put("id", userId);
        user.put("first_name", firstName);
        user.put("last_name", lastName);
        user.put("email", email);
        user.put("username", username);
        user.put("full_name", fullName);
        Map<String, Object> json = new HashMap<>();
        json.put("id", id);
        json.put("user", user);
        json.put("is_available", available);
        json.put("current_active_chats", 0);
        json.put("max_concurrent_chats", max);
        json.put("username", username);
        json.put("full_name", fullName);
        json.put("employee_id", employeeId);
        json.put("department", department);
        json.put("is_active", active);
        return ExpectedJson.parse(ApiClient.json(json));
    }

    /** The agent as seed 003's GET /api/agents/ shows it: without the administrator's fields. */
    private static JsonNode seedShape(JsonNode adminAgent) {
        ObjectNode seedShape = (ObjectNode) adminAgent.deepCopy();
        for (String extra : new String[] {"username", "full_name", "employee_id", "department", "is_active"}) {
            seedShape.remove(extra);
        }
        return seedShape;
    }

    private JsonNode agents() {
        ApiClient.Response list = api.get(PATH, root);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("results").get("agents");
    }

    private JsonNode listed(long id) {
        JsonNode agents = agents();
        for (JsonNode agent : agents) {
            if (agent.get("id").asLong() == id) {
                return agent;
            }
        }
        throw new AssertionError("agent " + id + " not in " + agents);
    }

    private ApiClient.Response login(String username, String password) {
        return api.post("/api/auth/login/", Map.of("username", username, "password", password), null);
    }

    private static void assertAnswer(ApiClient.Response response, int status, JsonNode expected) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).as(response.toString()).isEqualTo(expected);
    }

    @Test
    void createsAnAgentWithEveryFieldAndListsIt() {
        String name = unique("eva");
        Map<String, Object> body = creation(name);
        body.put("employee_id", "E-100");
        body.put("department", "Ventas");
        body.put("is_available", false);
        body.put("max_concurrent_chats", 7);

        ApiClient.Response response = api.post(PATH, body, root);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode created = response.json();
        JsonNode expected = expected(created.get("id").asLong(), created.get("user").get("id").asLong(), name,
                name + "@example.com", "Eva", "Ruiz", false, 7, "E-100", "Ventas", true);
        assertThat(created).isEqualTo(expected);
        assertThat(listed(created.get("id").asLong())).isEqualTo(expected);
        assertThat(login(name, Accounts.PASSWORD).status()).isEqualTo(200);
        assertThat(byId(created.get("id").asLong())).isEqualTo(seedShape(expected));
    }

    @Test
    void theListIsUnderResultsAgentsAsThePublicClientReadsIt() {
        long id = create(creation(unique("eva"))).get("id").asLong();

        ApiClient.Response response = api.get(PATH, root);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().propertyNames()).containsExactly("results");
        assertThat(response.json().get("results").propertyNames()).containsExactly("agents");
        JsonNode agents = response.json().get("results").get("agents");
        assertThat(agents.isArray()).isTrue();
        assertThat(listed(id).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void eachAgentNamesItsAccountAsThePublicClientReadsItBesideTheSeedFields() {
        String name = unique("eva");
        long id = create(creation(name)).get("id").asLong();

        JsonNode agent = listed(id);

        assertThat(agent.propertyNames()).contains("id", "user", "is_available", "current_active_chats",
                "max_concurrent_chats", "username", "employee_id", "department", "is_active", "full_name");
        assertThat(agent.get("user").propertyNames()).containsExactly("id", "first_name", "last_name", "email",
                "username", "full_name");
        assertThat(agent.get("user").get("username").asString()).isEqualTo(name);
        assertThat(agent.get("user").get("full_name").asString()).isEqualTo("Eva Ruiz");
        assertThat(agent.get("full_name").asString()).isEqualTo("Eva Ruiz");
        assertThat(agent.get("username").asString()).isEqualTo(name);
    }

    @Test
    void optionalFieldsDefault() {
        String name = unique("eva");

        JsonNode created = create(creation(name));

        assertThat(created).isEqualTo(expected(created.get("id").asLong(), created.get("user").get("id").asLong(),
                name, name + "@example.com", "Eva", "Ruiz", true, 5, null, null, true));
    }

    @Test
    void createsFromTheCamelCaseFormThePublicClientSends() {
        String name = unique("eva");
        Map<String, Object> body = new HashMap<>();
        body.put("username", name);
        body.put("email", name + "@example.com");
        body.put("password", Accounts.PASSWORD);
        body.put("confirmPassword", Accounts.PASSWORD);
        body.put("firstName", "Eva");
        body.put("lastName", "Ruiz");

        JsonNode created = create(body);

        JsonNode expected = expected(created.get("id").asLong(), created.get("user").get("id").asLong(), name,
                name + "@example.com", "Eva", "Ruiz", true, 5, null, null, true);
        assertThat(created).isEqualTo(expected);
        assertThat(listed(created.get("id").asLong())).isEqualTo(expected);
        assertThat(login(name, Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aConfirmationThatDiffersFromThePasswordIsRefusedInEitherSpelling() {
        JsonNode differ = ExpectedJson.fieldError("confirm_password", "Los dos campos de contraseña no coinciden.");
        for (String field : new String[] {"confirmPassword", "confirm_password"}) {
            String name = unique("eva");
            Map<String, Object> body = creation(name);
            body.put(field, Accounts.PASSWORD + "x");

            assertAnswer(api.post(PATH, body, root), 400, differ);

            assertAnswer(login(name, Accounts.PASSWORD), 400, ExpectedJson.parse(BAD_LOGIN));
            body.put(field, Accounts.PASSWORD);
            assertThat(create(body).get("username").asString()).isEqualTo(name);
        }
    }

    @Test
    void creationRejectsBadFields() {
        assertAnswer(api.post(PATH, Map.of("first_name", "Ana"), root), 400, ExpectedJson.parse("""
                {"username": ["%s"], "password": ["%s"], "email": ["%s"]}""", REQUIRED, REQUIRED, REQUIRED));
        Map<String, Object> body = creation(unique("eva"));
        body.put("email", "not-an-email");
        assertAnswer(api.post(PATH, body, root), 400,
                ExpectedJson.fieldError("email", "Introduzca una dirección de correo electrónico válida."));
        body = creation(unique("eva"));
        body.put("password", "short");
        assertAnswer(api.post(PATH, body, root), 400,
                ExpectedJson.fieldError("password", "Asegúrese de que este campo tenga al menos 8 caracteres."));
        body = creation(unique("eva"));
        body.put("max_concurrent_chats", 0);
        assertAnswer(api.post(PATH, body, root), 400,
                ExpectedJson.fieldError("max_concurrent_chats", "Asegúrese de que este valor es mayor o igual a 1."));
        body = creation(unique("eva"));
        body.put("employee_id", "x".repeat(21));
        body.put("department", "y".repeat(101));
        assertAnswer(api.post(PATH, body, root), 400, ExpectedJson.parse("""
                {"employee_id": ["Asegúrese de que este campo no tenga más de 20 caracteres."],
                 "department": ["Asegúrese de que este campo no tenga más de 100 caracteres."]}"""));
        String taken = unique("eva");
        create(creation(taken));
        body = creation(taken);
        body.put("email", unique("other") + "@example.com");
        assertAnswer(api.post(PATH, body, root), 400,
                ExpectedJson.fieldError("username", "Ya existe un usuario con este nombre."));
    }

    @Test
    void updatesEveryFieldAndReadsItBackAtOnce() {
        String name = unique("eva");
        JsonNode created = create(creation(name));
        long id = created.get("id").asLong();
        String email = unique("nueva") + "@example.com";
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("first_name", "Eva María");
        body.put("last_name", "Ruiz Gil");
        body.put("employee_id", "E-7");
        body.put("department", "Soporte");
        body.put("is_available", false);
        body.put("max_concurrent_chats", 12);
        body.put("password", "another-horse-2");

        ApiClient.Response response = put(PATH + id + "/", body, root);

        JsonNode expected = expected(id, created.get("user").get("id").asLong(), name, email, "Eva María",
                "Ruiz Gil", false, 12, "E-7", "Soporte", true);
        assertAnswer(response, 200, expected);
        assertThat(listed(id)).isEqualTo(expected);
        assertThat(login(name, "another-horse-2").status()).isEqualTo(200);
        assertAnswer(login(name, Accounts.PASSWORD), 400, ExpectedJson.parse(BAD_LOGIN));
    }

    @Test
    void absentFieldsStayAsTheyAre() {
        String name = unique("eva");
        Map<String, Object> creation = creation(name);
        creation.put("employee_id", "E-1");
        creation.put("department", "Ventas");
        JsonNode created = create(creation);
        long id = created.get("id").asLong();

        ApiClient.Response response = put(PATH + id, Map.of("department", "Soporte"), root);

        assertAnswer(response, 200, expected(id, created.get("user").get("id").asLong(), name,
                name + "@example.com", "Eva", "Ruiz", true, 5, "E-1", "Soporte", true));
        assertAnswer(put(PATH + id + "/", Map.of(), root), 200, expected(id, created.get("user").get("id").asLong(),
                name, name + "@example.com", "Eva", "Ruiz", true, 5, "E-1", "Soporte", true));
        assertThat(login(name, Accounts.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void updateRejectsBadFieldsAndChangesNothing() {
        String name = unique("eva");
        JsonNode created = create(creation(name));
        long id = created.get("id").asLong();
        String path = PATH + id + "/";

        assertAnswer(put(path, Map.of("max_concurrent_chats", 101, "department", "Soporte"), root), 400,
                ExpectedJson.fieldError("max_concurrent_chats", "Asegúrese de que este valor es menor o igual a 100."));
        assertAnswer(put(path, Map.of("employee_id", "x".repeat(21), "is_available", false), root), 400,
                ExpectedJson.fieldError("employee_id", "Asegúrese de que este campo no tenga más de 20 caracteres."));
        assertAnswer(put(path, Map.of("password", "short"), root), 400,
                ExpectedJson.fieldError("password", "Asegúrese de que este campo tenga al menos 8 caracteres."));
        assertAnswer(put(path, Map.of("password", " "), root), 400,
                ExpectedJson.fieldError("password", "Este campo no puede estar en blanco."));
        assertAnswer(put(path, Map.of("email", "not-an-email", "department", "Soporte"), root), 400,
                ExpectedJson.fieldError("email", "Introduzca una dirección de correo electrónico válida."));
        assertAnswer(put(path, Map.of("max_concurrent_chats", "abc"), root), 400,
                ExpectedJson.fieldError("max_concurrent_chats", "Se requiere un número entero válido."));

        assertThat(listed(id)).isEqualTo(created);
    }

    @Test
    void deletingDeactivatesTheAgentAndTakesItOffTheLists() {
        String name = unique("eva");
        JsonNode created = create(creation(name));
        long id = created.get("id").asLong();
        String token = accounts.login(name, Accounts.PASSWORD);
        assertThat(ids(agents())).contains(id);

        ApiClient.Response response = delete(PATH + id + "/", root);

        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertAnswer(login(name, Accounts.PASSWORD), 400, ExpectedJson.parse(BAD_LOGIN));
        assertAnswer(api.get("/api/agents/", token), 401, ExpectedJson.detail("Token inválido."));
        assertAnswer(api.post("/api/token/", Map.of("username", name, "password", Accounts.PASSWORD), null), 401,
                ExpectedJson.detail("No se encontró una cuenta de usuario activa para las credenciales dadas"));
        assertThat(ids(agents())).doesNotContain(id);
        assertThat(ids(api.get("/api/agents/", root).json())).doesNotContain(id);
        assertThat(byId(id)).isEqualTo(seedShape(expected(id, created.get("user").get("id").asLong(), name,
                name + "@example.com", "Eva", "Ruiz", false, 5, null, null, false)));
        assertThat(delete(PATH + id, root).status()).isEqualTo(204);
        assertAnswer(put(PATH + id + "/", Map.of("is_available", true), root), 400,
                ExpectedJson.parse("{\"error\": \"La cuenta está desactivada.\"}"));
        assertThat(byId(id).get("is_available").asBoolean()).isFalse();
        assertThat(ids(agents())).doesNotContain(id);
    }

    private static List<Long> ids(JsonNode agents) {
        List<Long> ids = new ArrayList<>();
        agents.forEach(agent -> ids.add(agent.get("id").asLong()));
        return ids;
    }

    /** A removed agent is still found by id: its chats and messages name it. */
    private JsonNode byId(long id) {
        ApiClient.Response response = api.get("/api/agents/" + id + "/", root);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aRemovedAgentGetsNoChatsAndCannotBeMadeAvailableAgain() {
        long id = create(creation(unique("eva"))).get("id").asLong();
        assertThat(delete(PATH + id + "/", root).status()).isEqualTo(204);
        String chatRoomId = waitingChat();

        assertAnswer(api.post("/api/chat-rooms/" + chatRoomId + "/assign_agent/", Map.of("agent_id", id), root), 400,
                ExpectedJson.parse("{\"error\": \"El agente no puede tomar más chats en este momento\"}"));
        assertAnswer(api.patch("/api/agents/" + id + "/", Map.of("is_available", true), root), 400,
                ExpectedJson.parse("{\"error\": \"La cuenta está desactivada.\"}"));
        assertThat(byId(id).get("is_available").asBoolean()).isFalse();
    }

    /** A new waiting chat's room id, as agents see it. */
    private String waitingChat() {
        String sessionId = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null)
                .json().get("session_id").asString();
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of("session_id", sessionId,
                "phone_number", "+34600111222", "recaptcha_token", "token"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return GuestChats.roomIdOf(queries, completed.json().get("chat_room_id").asString());
    }

    @Test
    void unknownAgentsAreNotFound() {
        JsonNode notFound = ExpectedJson.detail(ExpectedJson.NOT_FOUND);

        assertAnswer(put(PATH + "999999999/", Map.of("department", "Soporte"), root), 404, notFound);
        assertAnswer(delete(PATH + "999999999/", root), 404, notFound);
    }

    @Test
    void onlySuperusersAdministerAgents() {
        String agentName = unique("eva");
        long id = create(creation(agentName)).get("id").asLong();
        JsonNode forbidden = ExpectedJson.detail(ExpectedJson.FORBIDDEN);
        JsonNode unauthenticated = ExpectedJson.detail(ExpectedJson.UNAUTHENTICATED);

        for (String token : new String[] {accounts.login(agentName, Accounts.PASSWORD),
                accounts.userToken(unique("ana"))}) {
            assertAnswer(api.get(PATH, token), 403, forbidden);
            assertAnswer(api.post(PATH, creation(unique("eva")), token), 403, forbidden);
            assertAnswer(api.post(PATH, Map.of(), token), 403, forbidden);
            assertAnswer(put(PATH + id + "/", Map.of("department", "Soporte"), token), 403, forbidden);
            assertAnswer(delete(PATH + id + "/", token), 403, forbidden);
        }
        assertAnswer(api.get(PATH, null), 401, unauthenticated);
        assertAnswer(api.post(PATH, creation(unique("eva")), null), 401, unauthenticated);
        assertAnswer(put(PATH + id + "/", Map.of("department", "Soporte"), null), 401, unauthenticated);
        assertAnswer(delete(PATH + id + "/", null), 401, unauthenticated);
        assertThat(login(agentName, Accounts.PASSWORD).status()).isEqualTo(200);
    }
}
