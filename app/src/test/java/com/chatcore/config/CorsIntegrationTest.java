package com.chatcore.config;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A frontend on another origin (CHAT_CORS_ALLOWED_ORIGINS) calls the API from a browser: preflights pass
 * without a token, answers carry Access-Control-Allow-Origin, other origins are refused; its WebSocket
 * handshakes are checked against the same list.
 */
class CorsIntegrationTest extends IntegrationTest {

    @Test
    void aPreflightOfAPublicRouteNamesTheOriginAndTheHeadersTheClientSends() {
        ApiClient.Response preflight = preflight("/api/token/", FRONTEND_ORIGIN, "POST");

        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(FRONTEND_ORIGIN);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).contains("POST");
        assertThat(header(preflight, "Access-Control-Allow-Headers").toLowerCase())
                .contains("authorization", "content-type");
    }

    @Test
    void aPreflightOfAProtectedRouteNeedsNoToken() {
        ApiClient.Response preflight = preflight("/api/chat-rooms/waiting_chats/", "https://app.example.com", "GET");

        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(200);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
    }

    @Test
    void theAnswersCarryTheOriginAndExposeRetryAfter() {
        String token = accounts.agentToken(unique("cors_agent"));
        ApiClient.Response answer = api.send(api.request("/api/chat-rooms/waiting_chats/", token)
                .header("Origin", FRONTEND_ORIGIN).GET());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(header(answer, "Access-Control-Allow-Origin")).isEqualTo(FRONTEND_ORIGIN);
        assertThat(header(answer, "Access-Control-Expose-Headers")).contains("Retry-After");
    }

    @Test
    void anotherOriginIsRefused() {
        ApiClient.Response preflight = preflight("/api/token/", "https://evil.test", "POST");
        ApiClient.Response request = api.send(api.request("/api/token/", null).header("Origin", "https://evil.test")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(Map.of("username", "x", "password", "y")))));

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(request.status()).isEqualTo(403);
        for (ApiClient.Response refused : new ApiClient.Response[] {preflight, request}) {
            assertThat(refused.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(refused.json().get("detail").asString()).isEqualTo("Origen no permitido.");
        }
    }

    @Test
    void socketHandshakesAreCheckedAgainstTheSameOrigins() {
        String token = accounts.agentToken(unique("cors_socket"));
        String url = "ws://localhost:" + port + "/ws/my_chats/?token=" + token;

        assertThat(open(url, FRONTEND_ORIGIN)).isNull();
        assertThat(open(url, null)).as("not a browser: no Origin").isNull();
        Throwable refused = open(url, "https://evil.test");
        assertThat(refused).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) refused).getResponse().statusCode()).isEqualTo(403);
    }

    /** Null when the socket opened (and was closed again), else why it did not. */
    private static Throwable open(String url, String origin) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        Throwable failure = catchThrowable(() -> builder.buildAsync(URI.create(url), new WebSocket.Listener() {
        }).join().sendClose(WebSocket.NORMAL_CLOSURE, "bye").join());
        return failure instanceof CompletionException completion ? completion.getCause() : failure;
    }

    private ApiClient.Response preflight(String path, String origin, String method) {
        return api.send(api.request(path, null).header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static String header(ApiClient.Response response, String name) {
        return response.raw().headers().firstValue(name).orElse("");
    }
}
