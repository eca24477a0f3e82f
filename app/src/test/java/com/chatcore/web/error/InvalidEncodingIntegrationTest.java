package com.chatcore.web.error;

import com.chatcore.support.ApiClient;
import com.chatcore.support.ApiOperation;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes that are not UTF-8 in a query string, a form body or a path: 400 with the seeds' body, on every
 * route. The URLs are sent as written; {@code %ED%A0%80} encodes a UTF-16 surrogate, which UTF-8 forbids.
 */
class InvalidEncodingIntegrationTest extends IntegrationTest {

    private static final String MALFORMED = "Solicitud con formato incorrecto.";
    private static final List<String> NOT_UTF8 = List.of("%ff", "%ED%A0%80", "%C0%AF", "ok%ff");

    @Test
    void queryValuesThatAreNotUtf8OnEveryGetRouteWithParameters() {
        String token = accounts.superuserToken();
        List<ApiOperation> routes = ApiOperation.all(api).stream()
                .filter(o -> o.method().equals("GET") && !o.query().isEmpty()).toList();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(11);
        for (ApiOperation route : routes) {
            for (String value : NOT_UTF8) {
                String target = route.path(unknownId(route)) + "/?" + route.query().get(0).name() + "=" + value;
                assertMalformed(api.get(target, token), target);
                assertMalformed(api.get(target, null), target);
            }
        }
    }

    @Test
    void chatStatusOfTheIssue() {
        assertMalformed(api.get("/api/chat/get_chat_status/?chat_room_id=%ff", null), "%ff");
        assertMalformed(api.get("/api/chat/get_chat_status/?chat_room_id=%ED%A0%80", null), "%ED%A0%80");
        assertMalformed(api.get("/api/chat/get_chat_status/?%ff=1", null), "name %ff");
    }

    @Test
    void formBodiesThatAreNotUtf8OnEveryPostRoute() {
        String token = accounts.superuserToken();
        for (ApiOperation route : ApiOperation.all(api).stream().filter(o -> o.method().equals("POST")).toList()) {
            String target = route.path(unknownId(route)) + "/";
            ApiClient.Response response = api.send(api.request(target, token)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=%ff")));
            assertMalformed(response, "form body to " + target);
        }
    }

    @Test
    void pathSegmentsThatAreNotUtf8() {
        for (String value : NOT_UTF8) {
            assertMalformed(api.get("/api/chat-rooms/" + value + "/messages/", accounts.superuserToken()), value);
            assertMalformed(api.get("/api/agents/" + value + "/", null), value);
        }
    }

    @Test
    void pathsTheFirewallRefuses() {
        for (String value : List.of("%25", "%0a", "a%3Bb", "%2e%2e")) {
            assertMalformed(api.get("/api/agents/" + value + "/", accounts.superuserToken()), value);
        }
    }

    /** Spring Security's firewall refuses control characters in names when a form body is read as a map. */
    @Test
    void formParameterNamesTheFirewallRefuses() {
        ApiClient.Response response = api.send(api.request("/api/chat/send_message/", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("a%01b=1")));

        assertMalformed(response, "control character in a name");
    }

    /** An id of the route's type that names nothing, so that no request here changes anything. */
    private static String unknownId(ApiOperation route) {
        return route.parameters().stream().anyMatch(p -> p.in().equals("path") && p.type().equals("integer"))
                ? "999999999" : "00000000-0000-4000-8000-000000000000";
    }

    private static void assertMalformed(ApiClient.Response response, String what) {
        assertThat(response.status()).as(what + " -> " + response).isEqualTo(400);
        assertThat(response.raw().headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.json()).as(what).isEqualTo(ExpectedJson.detail(MALFORMED));
    }
}
