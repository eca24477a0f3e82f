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
 * health goes DOWN within 2 s, and health and writes come back by themselves soon after its return; guests
 * writing all along, retrying with their Idempotency-Keys, get every message stored exactly once.
 */
class DatabaseOutageIntegrationTest {

    private static final Duration FAST = Duration.ofSeconds(2);
    private static final int GUESTS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(12);
    /** The target; Hikari's own back-off alone would take up to 5 s (PoolReconnect wakes it). */
    private static final Duration RECOVERY = Duration.ofSeconds(2);
    private static final Duration LONG_WAIT = Duration.ofSeconds(20);

    private final Path pgDir = Path.of("target", "fault-data", UUID.randomUUID().toString(), "pg");
    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext server;

    @Test
    void anOutageFailsFastAndTheServerRecoversByItself() throws Exception {
        int pgPort = freePort();
        postgres = startPostgres(pgPort);
        server = new SpringApplicationBuilder(ChatApplication.class).run("--server.port=0",
                "--chat.data-dir=" + pgDir.getParent(),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--chat.jwt.secret=outage-test-secret-of-at-least-32-bytes!",
                "--chat.bootstrap-superuser.username=root", "--chat.bootstrap-superuser.password=root-password-1",
                "--chat.guest.max-messages-per-minute=1000000");
        ApiClient api = new ApiClient(Integer.parseInt(server.getEnvironment().getProperty("local.server.port")));
        assertThat(within(LONG_WAIT, () -> api.get("/actuator/health", null), r -> r.status() == 200))
                .as("ready before the outage, as a load balancer would wait").isTrue();
        String token = api.post("/api/auth/login/", Map.of("username", "root", "password", "root-password-1"), null)
                .json().get("token").asString();
        assertThat(startChat(api).status()).isEqualTo(200);
        RetryingGuests load = RetryingGuests.start(() -> api, GUESTS);
        ServerProcess.sleep(Duration.ofSeconds(2));

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
        assertThat(within(LONG_WAIT, () -> api.get("/actuator/health", null), r -> r.status() == 200))
                .as("health UP").isTrue();
        Duration healthy = Duration.between(back, Instant.now());
        assertThat(within(LONG_WAIT, () -> startChat(api), r -> r.status() == 200)).as("writes again").isTrue();
        Duration writing = Duration.between(back, Instant.now());
        System.out.printf("database back -> health UP in %d ms, write acknowledged in %d ms%n", healthy.toMillis(),
                writing.toMillis());
        assertThat(healthy).isLessThan(RECOVERY);
        assertThat(writing).isLessThan(RECOVERY);
        assertThat(api.get("/api/agents/", token).status()).isEqualTo(200);

        RetryingGuests.Outcome outcome = load.finish(Duration.ofSeconds(20));
        System.out.println("database outage under load: " + outcome);
        load.assertExactlyOnce(outcome, "jdbc:postgresql://localhost:" + pgPort + "/postgres");
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
