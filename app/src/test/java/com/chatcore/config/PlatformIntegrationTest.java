package com.chatcore.config;

import com.chatcore.support.ApiClient;
import com.chatcore.support.ExpectedJson;
import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, the OpenAPI document and Swagger UI, all reachable without a token. */
class PlatformIntegrationTest extends IntegrationTest {

    @Test
    void healthIsUp() {
        ApiClient.Response response = api.get("/actuator/health", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void openApiDocumentListsEveryRoute() {
        JsonNode paths = apiDocs().get("paths");

        assertThat(paths.propertyNames()).contains("/api/auth/register", "/api/auth/login", "/api/auth/logout",
                "/api/agents", "/api/agents/{id}");
        assertThat(paths.get("/api/auth/register").propertyNames()).contains("post");
        assertThat(paths.get("/api/auth/login").propertyNames()).contains("post");
        assertThat(paths.get("/api/auth/logout").propertyNames()).contains("post");
        assertThat(paths.get("/api/agents").propertyNames()).contains("get", "post");
        assertThat(paths.get("/api/agents/{id}").propertyNames()).contains("get", "patch");
    }

    @Test
    void bearerSchemeIsDeclaredAndRequiredByDefault() {
        JsonNode docs = apiDocs();

        assertThat(docs.get("components").get("securitySchemes").get("bearerAuth")).isEqualTo(ExpectedJson.parse("""
                {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                 "description": "`Authorization: Bearer <jwt>` or `Authorization: Token <jwt>`"}"""));
        assertThat(docs.get("security")).isEqualTo(ExpectedJson.parse("[{\"bearerAuth\": []}]"));
    }

    @Test
    void publicRoutesNeedNoToken() {
        JsonNode paths = apiDocs().get("paths");

        assertThat(paths.get("/api/auth/register").get("post").get("security")).isEqualTo(ExpectedJson.parse("[]"));
        assertThat(paths.get("/api/auth/login").get("post").get("security")).isEqualTo(ExpectedJson.parse("[]"));
    }

    @Test
    void protectedRoutesKeepTheDefaultRequirement() {
        JsonNode paths = apiDocs().get("paths");

        for (String[] route : new String[][] {{"/api/auth/logout", "post"}, {"/api/agents", "get"},
                {"/api/agents", "post"}, {"/api/agents/{id}", "get"}, {"/api/agents/{id}", "patch"}}) {
            JsonNode security = paths.get(route[0]).get(route[1]).get("security");
            assertThat(security == null || security.equals(ExpectedJson.parse("[{\"bearerAuth\": []}]")))
                    .as("%s %s security %s", route[1], route[0], security).isTrue();
        }
    }

    @Test
    void swaggerUiAnswers() {
        ApiClient.Response response = api.get("/swagger-ui.html", null);

        if (response.status() / 100 == 3) {
            String location = response.raw().headers().firstValue("Location").orElseThrow();
            URI target = URI.create("http://localhost:" + port + "/swagger-ui.html").resolve(location);
            response = api.get(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()),
                    null);
        }
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).containsIgnoringCase("swagger");
    }

    private JsonNode apiDocs() {
        ApiClient.Response response = api.get("/v3/api-docs", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
