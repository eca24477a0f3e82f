package com.chatcore.faults;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes on one PostgreSQL; node A, holding every projection segment, is killed with {@code kill -9}.
 * The two survivors take its segments over within 3 s and keep answering writes through both meanwhile;
 * guests writing through node A fail over to nodes B and C with their Idempotency-Keys and get every
 * message stored exactly once.
 */
class NodeLossIntegrationTest {

    private static final int GUESTS = 4;
    private static final String UNLIMITED_GUESTS = "--chat.guest.max-messages-per-minute=1000000";
    private static final String SEGMENTS = "--chat.projections.segments=4";

    @Test
    void theSurvivorsTakeTheProjectionsOverAndKeepAnsweringWrites() throws Exception {
        try (ThreeNodes nodes = ThreeNodes.start(UNLIMITED_GUESTS, SEGMENTS)) {
            ServerProcess nodeA = nodes.node(0);
            List<ServerProcess> survivors = nodes.nodes().subList(1, 3);
            Set<Long> survivorPids = survivors.stream().map(ServerProcess::pid).collect(Collectors.toSet());
            assertThat(owners(nodes)).as("node A, started first, holds every segment").containsOnly(nodeA.pid());
            // Guests on node A; their client fails over to nodes B and C in turn, retrying with the same keys.
            AtomicBoolean aAlive = new AtomicBoolean(true);
            AtomicInteger failedOver = new AtomicInteger();
            RetryingGuests load = RetryingGuests.start(
                    () -> aAlive.get() ? nodeA.api() : survivors.get(failedOver.getAndIncrement() % 2).api(), GUESTS);
            ServerProcess.sleep(Duration.ofSeconds(2));

            nodeA.kill();
            aAlive.set(false);
            Instant killed = Instant.now();
            List<String> failures = new ArrayList<>();
            List<Long> latencies = new ArrayList<>();
            Map<Integer, Integer> writesBySurvivor = new HashMap<>();
            Duration takeover = null;
            String prefix = "survivor_" + UUID.randomUUID().toString().substring(0, 6) + "_";
            for (int i = 0; Duration.between(killed, Instant.now()).toSeconds() < 6; i++) {
                ServerProcess survivor = survivors.get(i % 2);
                Instant sent = Instant.now();
                String name = prefix + i;
                ApiClient.Response response = survivor.api().post("/api/auth/register/",
                        Map.of("username", name, "password", "correct-horse-1", "email", name + "@example.com"),
                        null);
                latencies.add(Duration.between(sent, Instant.now()).toMillis());
                writesBySurvivor.merge(survivor.port(), 1, Integer::sum);
                if (response.status() != 201) {
                    failures.add("port " + survivor.port() + ": " + response);
                }
                if (takeover == null && survivorPids.containsAll(owners(nodes))) {
                    takeover = Duration.between(killed, Instant.now());
                }
            }
            System.out.printf("node loss: takeover in %s ms, writes on the survivors (by port) %s, slowest %d ms,"
                            + " segments now held (by pid) %s%n", takeover == null ? "-" : takeover.toMillis(),
                    writesBySurvivor, latencies.stream().mapToLong(Long::longValue).max().orElse(0),
                    owners(nodes).stream().collect(Collectors.groupingBy(owner -> owner, Collectors.counting())));
            RetryingGuests.Outcome outcome = load.finish(Duration.ofSeconds(30));
            System.out.println("node loss, guests failing over from A to B and C: " + outcome);
            assertThat(failures).isEmpty();
            assertThat(takeover).isNotNull().isLessThan(Duration.ofSeconds(3));
            load.assertExactlyOnce(outcome, nodes.jdbcUrl());
        }
    }

    /** The pids owning the projection segments (Axon names an owner "pid@host"; -1 for none). */
    private static List<Long> owners(ThreeNodes nodes) throws Exception {
        try (Connection connection = DriverManager.getConnection(nodes.jdbcUrl(), "postgres", "");
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
