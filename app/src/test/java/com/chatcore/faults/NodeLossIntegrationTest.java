package com.chatcore.faults;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL; the node holding the projections is killed with {@code kill -9}. The other
 * takes its segments over within 3 s, and none of its writes fails meanwhile; guests writing through node A
 * fail over to node B with their Idempotency-Keys and get every message stored exactly once.
 */
class NodeLossIntegrationTest {

    private static final int GUESTS = 4;
    private static final String UNLIMITED_GUESTS = "--chat.guest.max-messages-per-minute=1000000";
    private static final String SEGMENTS = "--chat.projections.segments=4";

    private final Path dataDirA = Path.of("target", "fault-data", UUID.randomUUID().toString());
    private final Path dataDirB = Path.of("target", "fault-data", UUID.randomUUID().toString());

    @Test
    void theSurvivorTakesTheProjectionsOverAndKeepsAnsweringWrites() throws Exception {
        try (ServerProcess nodeA = ServerProcess.start(dataDirA, UNLIMITED_GUESTS, SEGMENTS)) {
            nodeA.awaitHealthy(Duration.ofSeconds(120));
            String url = "jdbc:postgresql://localhost:" + postgresPort() + "/postgres";
            try (ServerProcess nodeB = ServerProcess.start(dataDirB, "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=", UNLIMITED_GUESTS, SEGMENTS)) {
                nodeB.awaitHealthy(Duration.ofSeconds(120));
                assertThat(owners()).as("node A, started first, holds every segment").containsOnly(nodeA.pid());
                // Guests on node A; their client fails over to node B, retrying with the same keys.
                AtomicBoolean aAlive = new AtomicBoolean(true);
                RetryingGuests load = RetryingGuests.start(() -> aAlive.get() ? nodeA.api() : nodeB.api(), GUESTS);
                ServerProcess.sleep(Duration.ofSeconds(2));

                nodeA.kill();
                aAlive.set(false);
                Instant killed = Instant.now();
                List<String> failures = new ArrayList<>();
                List<Long> latencies = new ArrayList<>();
                Duration takeover = null;
                String prefix = "survivor_" + UUID.randomUUID().toString().substring(0, 6) + "_";
                for (int i = 0; Duration.between(killed, Instant.now()).toSeconds() < 6; i++) {
                    Instant sent = Instant.now();
                    String name = prefix + i;
                    ApiClient.Response response = nodeB.api().post("/api/auth/register/",
                            Map.of("username", name, "password", "correct-horse-1", "email", name + "@example.com"),
                            null);
                    latencies.add(Duration.between(sent, Instant.now()).toMillis());
                    if (response.status() != 201) {
                        failures.add(response.toString());
                    }
                    if (takeover == null && owners().stream().allMatch(owner -> owner == nodeB.pid())) {
                        takeover = Duration.between(killed, Instant.now());
                    }
                }
                System.out.printf("node loss: takeover in %s ms, %d writes on the survivor, slowest %d ms%n",
                        takeover == null ? "-" : takeover.toMillis(), latencies.size(),
                        latencies.stream().mapToLong(Long::longValue).max().orElse(0));
                RetryingGuests.Outcome outcome = load.finish(Duration.ofSeconds(30));
                System.out.println("node loss, guests failing over from A to B: " + outcome);
                assertThat(failures).isEmpty();
                assertThat(takeover).isNotNull().isLessThan(Duration.ofSeconds(3));
                load.assertExactlyOnce(outcome, "jdbc:postgresql://localhost:" + postgresPort() + "/postgres");
            }
        }
    }

    @AfterEach
    void stopLeftovers() throws Exception {
        ServerProcess.stopLeftoverPostgres(dataDirA);
    }

    private String postgresPort() throws Exception {
        return ServerProcess.postgresPort(dataDirA);
    }

    /** The pids owning the projection segments (Axon names an owner "pid@host"). */
    private List<Long> owners() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort()
                + "/postgres", "postgres", "");
             PreparedStatement query = connection.prepareStatement("SELECT owner FROM token_entry");
             ResultSet result = query.executeQuery()) {
            List<Long> owners = new ArrayList<>();
            while (result.next()) {
                String owner = result.getString(1);
                owners.add(owner == null ? -1 : Long.parseLong(owner.substring(0, owner.indexOf('@'))));
            }
            return owners;
        }
    }
}
