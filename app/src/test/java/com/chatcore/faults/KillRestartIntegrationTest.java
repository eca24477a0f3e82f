package com.chatcore.faults;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default after {@code kill -9}: its PostgreSQL outlives the JVM, and the next start must
 * still work, keep every acknowledged write, and run durable.
 */
class KillRestartIntegrationTest {

    private static final String PASSWORD = "correct-horse-1";
    private static final int GUESTS = 6;
    private static final String UNLIMITED_GUESTS = "--chat.guest.max-messages-per-minute=1000000";

    private final Path dataDir = Path.of("target", "fault-data", UUID.randomUUID().toString());

    @Test
    void theEmbeddedDefaultRestartsAfterKillNineWithEveryAcknowledgedWrite() throws Exception {
        String name = "killed_" + UUID.randomUUID().toString().substring(0, 8);
        long orphanPid;
        try (ServerProcess first = ServerProcess.start(dataDir)) {
            first.awaitHealthy(Duration.ofSeconds(120));
            ApiClient.Response registered = first.api().post("/api/auth/register/",
                    Map.of("username", name, "password", PASSWORD, "email", name + "@example.com"), null);
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            orphanPid = ServerProcess.postmasterPid(dataDir);
            first.kill();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                .as("the embedded PostgreSQL outlives a killed server").contains(true);

        try (ServerProcess second = ServerProcess.start(dataDir)) {
            Duration started = second.awaitHealthy(Duration.ofSeconds(60));
            ApiClient.Response login = second.api().post("/api/auth/login/",
                    Map.of("username", name, "password", PASSWORD), null);
            assertThat(login.status()).as(login + "\n" + second.tail()).isEqualTo(200);
            Instant write = Instant.now();
            String other = name + "_2";
            ApiClient.Response registered = second.api().post("/api/auth/register/",
                    Map.of("username", other, "password", PASSWORD, "email", other + "@example.com"), null);
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            assertThat(Duration.between(write, Instant.now())).as("first write once ready")
                    .isLessThan(Duration.ofSeconds(2));
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(settings("fsync", "synchronous_commit", "full_page_writes")).containsOnly("on");
            System.out.printf("kill -9 -> healthy again in %d ms%n", started.toMillis());
        }
    }

    @Test
    void aClientRetryingWithItsKeysThroughKillNineGetsEveryMessageStoredOnce() throws Exception {
        AtomicReference<ServerProcess> current = new AtomicReference<>(ServerProcess.start(dataDir, UNLIMITED_GUESTS));
        try {
            current.get().awaitHealthy(Duration.ofSeconds(120));
            RetryingGuests load = RetryingGuests.start(() -> current.get().api(), GUESTS);
            ServerProcess.sleep(Duration.ofSeconds(3));
            int beforeKill = load.acknowledgedSoFar();
            current.get().kill();
            Instant killed = Instant.now();
            current.set(ServerProcess.start(dataDir, UNLIMITED_GUESTS));
            current.get().awaitHealthy(Duration.ofSeconds(120));
            Duration recovered = Duration.between(killed, Instant.now());
            ServerProcess.sleep(Duration.ofSeconds(2));
            RetryingGuests.Outcome outcome = load.finish(Duration.ofSeconds(40));
            System.out.printf("kill -9 under load: %d acknowledged before the kill, ready again %d ms after it; %s%n",
                    beforeKill, recovered.toMillis(), outcome);
            load.assertExactlyOnce(outcome, "jdbc:postgresql://localhost:" + ServerProcess.postgresPort(dataDir)
                    + "/postgres");
        } finally {
            current.get().close();
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryStopsWithTheReasonAndLeavesTheFirstAlone() {
        try (ServerProcess first = ServerProcess.start(dataDir)) {
            first.awaitHealthy(Duration.ofSeconds(120));
            try (ServerProcess second = ServerProcess.start(dataDir)) {
                assertThat(second.awaitExit(Duration.ofSeconds(60))).isNotZero();
                assertThat(second.tail()).contains("another chatcore server is running on");
            }
            assertThat(first.api().get("/actuator/health", null).status()).isEqualTo(200);
        }
    }

    /** A failed test must not leave its PostgreSQL running. */
    @AfterEach
    void stopLeftovers() throws Exception {
        ServerProcess.stopLeftoverPostgres(dataDir);
    }

    private List<String> settings(String... names) throws Exception {
        String port = ServerProcess.postgresPort(dataDir);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "")) {
            List<String> values = new ArrayList<>();
            for (String setting : names) {
                try (ResultSet result = connection.createStatement().executeQuery("SHOW " + setting)) {
                    result.next();
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }
}
