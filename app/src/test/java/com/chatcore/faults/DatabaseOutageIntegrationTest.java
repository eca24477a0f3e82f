package com.chatcore.faults;

import com.chatcore.ChatApplication;
import com.chatcore.support.ApiClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under a running server and comes back: requests fail fast with 503 and Retry-After,
 * health goes DOWN within 2 s, and health and writes come back by themselves soon after its return.
 */
class DatabaseOutageIntegrationTest {

    private static final Duration FAST = Duration.ofSeconds(2);
    private static final Duration OUTAGE = Duration.ofSeconds(12);
    /**
     * Hikari retries new connections with a back-off that doubles up to 5 s (not configurable), so after an
     * outage longer than about 10 s its first new connection can take that long.
     */
    private static final Duration RECOVERY = Duration.ofSeconds(8);

    private final Path pgDir = Path.of("target", "fault-data", UUID.randomUUID().toString(), "pg");
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext server;

    @Test
    void anOutageFailsFastAndTheServerRecoversByItself() throws IOException {
        int pgPort = freePort();
        postgres = startPostgres(pgPort);
        server = new SpringApplicationBuilder(ChatApplication.class).run("--server.port=0",
                "--chat.data-dir=" + pgDir.getParent(),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--chat.jwt.secret=outage-test-secret-of-at-least-32-bytes!",
                "--chat.bootstrap-superuser.username=root", "--chat.bootstrap-superuser.password=root-password-1");
        ApiClient api = new ApiClient(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")));
        String token = api.post("/api/auth/login/", Map.of("username", "root", "password", "root-password-1"), null)
                .json().get("token").asString();
        assertThat(startChat(api).status()).isEqualTo(200);

        postgres.close();

        for (Supplier<ApiClient.Response> request : List.<Supplier<ApiClient.Response>>of(
                () -> startChat(api), () -> api.get("/api/agents/", token),
                () -> api.get("/api/chat-rooms/waiting_chats/", token))) {
            Instant start = Instant.now();
            ApiClient.Response response = request.get();
            assertThat(Duration.between(start, Instant.now())).as(response.toString()).isLessThan(FAST);
            assertThat(response.status()).as(response.toString()).isEqualTo(503);
            assertThat(response.raw().headers().firstValue("Retry-After")).contains("1");
        }
        assertThat(within(FAST, () -> api.get("/actuator/health", null), r -> r.status() == 503))
                .as("health DOWN").isTrue();

        // Long enough for back-offs to grow: the projections retried and failed all along.
        ServerProcess.sleep(OUTAGE);
        postgres = startPostgres(pgPort);
        Instant back = Instant.now();
        assertThat(within(RECOVERY, () -> api.get("/actuator/health", null), r -> r.status() == 200))
                .as("health UP").isTrue();
        long healthy = Duration.between(back, Instant.now()).toMillis();
        assertThat(within(RECOVERY, () -> startChat(api), r -> r.status() == 200)).as("writes again").isTrue();
        System.out.printf("database back -> health UP in %d ms, write acknowledged in %d ms%n", healthy,
                Duration.between(back, Instant.now()).toMillis());
        assertThat(api.get("/api/agents/", token).status()).isEqualTo(200);
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static ApiClient.Response startChat(ApiClient api) {
        return api.post("/api/chat/start_chat/", Map.of("initial_message", "¿Hay alguien?"), null);
    }

    private static boolean within(Duration timeout, Supplier<ApiClient.Response> request,
            Predicate<ApiClient.Response> expected) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (expected.test(request.get())) {
                return true;
            }
            ServerProcess.sleep(Duration.ofMillis(50));
        }
        return false;
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
