package com.chatcore;

import com.chatcore.support.ApiClient;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the application itself on the embedded default (no datasource URL), stops it and boots it
 * again on the same data directory: events, accounts and token revocations must all survive.
 */
class RestartIntegrationTest {

    private static final String PASSWORD = "correct-horse-1";
    private static final String INVALID_TOKEN = "{\"detail\": \"Token inválido.\"}";
    private static final String FORBIDDEN = "{\"detail\":\"Usted no tiene permiso para realizar esta acción.\"}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dataDir = Path.of("target", "restart-data", UUID.randomUUID().toString());

    /** Command-line arguments, which outrank application.yml (default properties would not). */
    private ConfigurableApplicationContext boot() {
        return new SpringApplicationBuilder(ChatApplication.class).run(
                "--chat.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.datasource.url=",
                "--chat.jwt.secret=restart-test-secret-of-at-least-32-bytes!",
                "--chat.bootstrap-superuser.username=root",
                "--chat.bootstrap-superuser.password=root-password-1");
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        return new ApiClient(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    private static String login(ApiClient api, String username, String password) {
        ApiClient.Response response = api.post("/api/auth/login/",
                Map.of("username", username, "password", password), null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("token").asString();
    }

    private static ApiClient.Response logout(ApiClient api, String token) {
        return api.send(api.request("/api/auth/logout/", null).header("Authorization", "Token " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void accountsEventsAndRevocationsSurviveARestart() {
        String name = "restart_" + UUID.randomUUID().toString().substring(0, 8);
        long userId;
        String revoked;
        String kept;
        String superuser;

        try (ConfigurableApplicationContext first = boot()) {
            assertRunsOnTheEmbeddedDatabase(first);
            ApiClient api = client(first);
            ApiClient.Response registered = api.post("/api/auth/register/",
                    Map.of("username", name, "password", PASSWORD, "email", name + "@example.com"), null);
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            userId = registered.json().get("user").get("id").asLong();
            revoked = login(api, name, PASSWORD);
            kept = login(api, name, PASSWORD);
            superuser = login(api, "root", "root-password-1");

            assertAnswer(logout(api, revoked), 200, "{\"message\": \"Successfully logged out\"}");
            assertAnswer(api.get("/api/agents/", revoked), 401, INVALID_TOKEN);
        }

        try (ConfigurableApplicationContext second = boot()) {
            ApiClient api = client(second);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);

            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Long.class, "user-" + userId)).isEqualTo(1L);
            assertAnswer(api.get("/api/agents/", revoked), 401, INVALID_TOKEN);
            // still authenticated: a USER is only not allowed on this route
            assertAnswer(api.get("/api/agents/", kept), 403, FORBIDDEN);
            assertThat(api.get("/api/agents/", superuser).status()).isEqualTo(200);

            ApiClient.Response again = api.post("/api/auth/login/",
                    Map.of("username", name, "password", PASSWORD), null);
            assertThat(again.status()).as(again.toString()).isEqualTo(200);
            assertThat(again.json().get("user").get("id").asLong()).isEqualTo(userId);
            assertThat(again.json().get("user").get("username").asString()).isEqualTo(name);
        }
    }

    private static void assertAnswer(ApiClient.Response response, int status, String json) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).as(response.toString()).isEqualTo(JSON.readTree(json));
    }

    private void assertRunsOnTheEmbeddedDatabase(ConfigurableApplicationContext context) {
        assertThat(context.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
        HikariDataSource dataSource = context.getBean(HikariDataSource.class);
        assertThat(dataSource.getJdbcUrl()).startsWith("jdbc:postgresql://localhost:");
        Path postgres = dataDir.resolve("postgres");
        assertThat(postgres.resolve("PG_VERSION")).isRegularFile();
        assertThat(Files.isDirectory(postgres.resolve("base"))).isTrue();
    }
}
