package com.chatcore.web.error;

import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests the API refuses before any business rule: always a small JSON body, never a trace. */
class ErrorBodiesIntegrationTest extends IntegrationTest {

    private static final String TOO_LARGE = "El cuerpo de la petición es demasiado grande.";
    /** chat.http.max-body-size defaults to 1 MB. */
    private static final int LIMIT = 1024 * 1024;
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void malformedJson() {
        assertError(api.post("/api/auth/login/", "{\"username\": \"a\",", null),
                400, ExpectedJson.detail("JSON mal formado."));
        assertError(api.post("/api/agents/", "{not json}", accounts.superuserToken()),
                400, ExpectedJson.detail("JSON mal formado."));
    }

    @Test
    void jsonValuesOfTheWrongType() {
        assertError(api.post("/api/auth/login/", "{\"username\": [\"a\"], \"password\": \"secret-123\"}", null),
                400, ExpectedJson.fieldError("username", "No es una cadena válida."));
        assertError(api.post("/api/agents/", "{\"username\": \"x\", \"is_available\": \"maybe\"}",
                accounts.superuserToken()),
                400, ExpectedJson.fieldError("is_available", "Se requiere un valor booleano válido."));
    }

    @Test
    void bodyOverTheLimitWithContentLength() {
        ApiClient.Response response = api.send(api.request("/api/auth/login/", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(loginBody(LIMIT + 1000))));

        assertError(response, 413, ExpectedJson.detail(TOO_LARGE));
    }

    @Test
    void chunkedBodyOverTheLimit() {
        byte[] body = loginBody(LIMIT + 1000);
        ApiClient.Response response = api.send(api.request("/api/auth/login/", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertError(response, 413, ExpectedJson.detail(TOO_LARGE));
    }

    @Test
    void chunkedBodyOverTheLimitOnAProtectedRoute() {
        byte[] body = loginBody(LIMIT + 1000);
        ApiClient.Response response = api.send(api.request("/api/agents/", accounts.superuserToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertError(response, 413, ExpectedJson.detail(TOO_LARGE));
    }

    @Test
    void bodyJustUnderTheLimitIsRead() {
        ApiClient.Response response = api.post("/api/auth/login/",
                new String(loginBody(LIMIT - 100), StandardCharsets.UTF_8), null);

        assertError(response, 400, ExpectedJson.parse(
                "{\"non_field_errors\": [\"No puede iniciar sesión con las credenciales proporcionadas.\"]}"));
    }

    @Test
    void unknownApiRouteWithAValidToken() {
        String token = accounts.superuserToken();

        assertError(api.get("/api/no-such-thing/", token), 404, ExpectedJson.detail(ExpectedJson.NOT_FOUND));
        assertError(api.get("/api/no-such-thing", token), 404, ExpectedJson.detail(ExpectedJson.NOT_FOUND));
        assertError(api.post("/api/agents/1/no-such-action/", "{}", token),
                404, ExpectedJson.detail(ExpectedJson.NOT_FOUND));
    }

    @Test
    void unknownRouteOutsideTheApiWithoutAToken() {
        assertError(api.get("/no-such-page", null), 404, ExpectedJson.detail(ExpectedJson.NOT_FOUND));
        assertError(api.send(api.request("/no-such-page.html", null).header("Accept", BROWSER_ACCEPT).GET()),
                404, ExpectedJson.detail(ExpectedJson.NOT_FOUND));
    }

    @Test
    void wrongMethodOnAPublicRoute() {
        ApiClient.Response response = api.get("/api/auth/login/", null);

        assertError(response, 405, ExpectedJson.detail("Método \"GET\" no permitido."));
        assertThat(response.raw().headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void wrongMethodWithAToken() {
        String token = accounts.superuserToken();

        assertError(api.get("/api/auth/login/", token), 405, ExpectedJson.detail("Método \"GET\" no permitido."));
        assertError(api.send(api.request("/api/agents/", token).DELETE()),
                405, ExpectedJson.detail("Método \"DELETE\" no permitido."));
    }

    @Test
    void plainTextBodyToAJsonRoute() {
        ApiClient.Response response = api.send(api.request("/api/auth/login/", null)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("username=root&password=x")));

        assertError(response, 415, ExpectedJson.detail("Tipo de medio \"text/plain\" incompatible en la solicitud."));
    }

    private static byte[] loginBody(int size) {
        String prefix = "{\"username\": \"";
        String suffix = "\", \"password\": \"secret-123\"}";
        return (prefix + "a".repeat(size - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void assertError(ApiClient.Response response, int status, JsonNode expected) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.raw().headers().firstValue("Content-Type")).as(response.toString())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).doesNotContain("Exception", "at com.", "trace");
        assertThat(response.json()).isEqualTo(expected);
    }
}
