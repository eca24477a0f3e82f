package com.chatcore.web.error;

import com.chatcore.support.ApiClient;
import com.chatcore.support.ApiOperation;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content types no route reads (a wildcard, multipart without a boundary) answer 415, and errors are
 * JSON whatever the Accept header asks for, on every route.
 */
class MediaTypesIntegrationTest extends IntegrationTest {

    private static final List<String> NOT_JSON = List.of("application/xml", "text/html", "text/event-stream",
            "image/png");

    @Test
    void wildcardContentTypesOnEveryRoute() {
        String token = accounts.superuserToken();
        for (ApiOperation route : ApiOperation.all(api)) {
            for (String type : List.of("*/*", "application/*")) {
                ApiClient.Response response = send(route, token, type);
                assertError(response, 415, ExpectedJson.detail(
                        "Tipo de medio \"" + type + "\" incompatible en la solicitud."), route + " " + type);
            }
        }
    }

    @Test
    void multipartWithoutABoundaryOnEveryRoute() {
        String token = accounts.superuserToken();
        for (ApiOperation route : ApiOperation.all(api)) {
            ApiClient.Response response = send(route, token, "multipart/form-data");
            if (route.hasBody() && isSupportSessionRoute(route)) {
                // Seed 001's routes answer in their seed's envelope, which its client reads ("message").
                assertError(response, 415, ExpectedJson.parse(
                        "{\"success\": false, \"message\": \"Unsupported Media Type\"}"), route.toString());
            } else if (route.hasBody()) {
                assertError(response, 415, ExpectedJson.detail(
                        "Tipo de medio \"multipart/form-data\" incompatible en la solicitud."), route.toString());
            } else {
                assertThat(response.status()).as(route + " -> " + response).isLessThan(500);
            }
        }
    }

    @Test
    void errorsAreJsonWhateverTheAcceptHeaderAsks() {
        String token = accounts.superuserToken();
        for (String accept : NOT_JSON) {
            assertError(send("/api/chat/get_chat_status/?chat_room_id=00000000-0000-4000-8000-000000000000", null,
                    accept), 404, ExpectedJson.detail(ExpectedJson.NOT_FOUND), accept);
            assertError(send("/api/chat/get_chat_status/", null, accept),
                    400, ExpectedJson.fieldError("chat_room_id", "Este campo es requerido."), accept);
            assertError(send("/api/agents/", null, accept),
                    401, ExpectedJson.detail(ExpectedJson.UNAUTHENTICATED), accept);
            assertError(send("/api/auth/login/", token, accept),
                    405, ExpectedJson.detail("Método \"GET\" no permitido."), accept);
            assertError(send("/no-such-page", null, accept), 404, ExpectedJson.detail(ExpectedJson.NOT_FOUND), accept);
        }
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIs406WithAJsonBody() {
        for (String accept : NOT_JSON) {
            assertError(send("/api/agents/", accounts.superuserToken(), accept), 406,
                    ExpectedJson.detail("No se ha podido satisfacer la solicitud de cabecera de Accept."), accept);
        }
    }

    /** A handler's own error answer (bad credentials) included: found by the fuzz test as 400 with no body. */
    @Test
    void anUnparseableAcceptHeaderIs406WithAJsonBody() {
        ApiClient.Response login = api.send(api.request("/api/auth/login/", null).header("Accept", "garbage")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"nadie\",\"password\":\"mal\"}")));
        assertError(login, 406, ExpectedJson.detail("No se ha podido satisfacer la solicitud de cabecera de Accept."),
                "login, Accept: garbage");
        assertError(send("/api/agents/", accounts.superuserToken(), "text/html;;;=="), 406,
                ExpectedJson.detail("No se ha podido satisfacer la solicitud de cabecera de Accept."), "agents");
    }

    @Test
    void theErrorPageItselfIsNotFound() {
        assertError(api.get("/error", null), 404, ExpectedJson.detail(ExpectedJson.NOT_FOUND), "GET /error");
        assertError(send("/error", null, "text/html"), 404, ExpectedJson.detail(ExpectedJson.NOT_FOUND), "as HTML");
        assertError(api.post("/error", "{}", accounts.superuserToken()), 404,
                ExpectedJson.detail(ExpectedJson.NOT_FOUND), "POST /error");
    }

    private ApiClient.Response send(String path, String token, String accept) {
        return api.send(api.request(path, token).header("Accept", accept).GET());
    }

    /** The route with an id that names nothing, so that no request here changes anything. */
    private ApiClient.Response send(ApiOperation route, String token, String contentType) {
        boolean numeric = route.parameters().stream()
                .anyMatch(p -> p.in().equals("path") && p.type().equals("integer"));
        String id = numeric ? "999999999" : "00000000-0000-4000-8000-000000000000";
        return api.send(api.request(route.path(id) + "/", token).header("Content-Type", contentType)
                .method(route.method(), HttpRequest.BodyPublishers.ofString("{}")));
    }

    private static boolean isSupportSessionRoute(ApiOperation route) {
        return route.path().startsWith("/api/chat/session") || route.path().equals("/api/chat/message");
    }

    private static void assertError(ApiClient.Response response, int status, JsonNode expected, String what) {
        assertThat(response.status()).as(what + " -> " + response).isEqualTo(status);
        assertThat(response.raw().headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.json()).as(what).isEqualTo(expected);
    }
}
