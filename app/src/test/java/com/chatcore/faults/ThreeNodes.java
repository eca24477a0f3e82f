package com.chatcore.faults;

import com.chatcore.support.ApiClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Three server processes on one PostgreSQL: node A runs the embedded one and starts first, so it holds
 * every projection segment; nodes B and C, pointed at A's database, then start together.
 */
final class ThreeNodes implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Path dataDirA;
    private final List<ServerProcess> nodes;

    private ThreeNodes(Path dataDirA, List<ServerProcess> nodes) {
        this.dataDirA = dataDirA;
        this.nodes = nodes;
    }

    static ThreeNodes start(String... arguments) throws Exception {
        Path dataDirA = dataDir();
        List<ServerProcess> nodes = new ArrayList<>();
        ThreeNodes cluster = new ThreeNodes(dataDirA, nodes);
        try {
            nodes.add(ServerProcess.start(dataDirA, arguments));
            nodes.get(0).awaitHealthy(START_TIMEOUT);
            List<String> joining = new ArrayList<>(List.of("--spring.datasource.url=" + cluster.jdbcUrl(),
                    "--spring.datasource.username=postgres", "--spring.datasource.password="));
            joining.addAll(List.of(arguments));
            nodes.add(ServerProcess.start(dataDir(), joining.toArray(String[]::new)));
            nodes.add(ServerProcess.start(dataDir(), joining.toArray(String[]::new)));
            for (ServerProcess node : nodes.subList(1, 3)) {
                node.awaitHealthy(START_TIMEOUT);
            }
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    /** Node {@code index % 3}: A, B, C, A, ... */
    ServerProcess node(int index) {
        return nodes.get(Math.floorMod(index, nodes.size()));
    }

    ApiClient api(int index) {
        return node(index).api();
    }

    List<ServerProcess> nodes() {
        return List.copyOf(nodes);
    }

    /** The shared database, node A's embedded PostgreSQL. */
    String jdbcUrl() throws Exception {
        return "jdbc:postgresql://localhost:" + ServerProcess.postgresPort(dataDirA) + "/postgres";
    }

    /** B and C first, then A and its PostgreSQL; a PostgreSQL that outlived a killed A is stopped too. */
    @Override
    public void close() throws Exception {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
        ServerProcess.stopLeftoverPostgres(dataDirA);
    }

    private static Path dataDir() {
        return Path.of("target", "fault-data", UUID.randomUUID().toString());
    }
}
