package com.chatcore.faults;

import com.chatcore.ChatApplication;
import com.chatcore.support.ApiClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server as its own JVM, for faults a test cannot inject into its own process: {@code kill -9},
 * SIGTERM. It runs on the test's class path (surefire's manifest jar names every entry), so it is the
 * code under test, started as {@code java -jar} would start it.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static ServerProcess start(Path dataDir, String... arguments) {
        try {
            Files.createDirectories(dataDir);
            int port = freePort();
            Path log = Files.createTempFile(dataDir, "server-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                    "-Daxoniq.update-checker.disabled=true",
                    "-cp", System.getProperty("java.class.path"), ChatApplication.class.getName(),
                    "--server.port=" + port, "--chat.data-dir=" + dataDir.toAbsolutePath(),
                    "--chat.jwt.secret=fault-tests-secret-of-at-least-32-bytes!"));
            List<String> given = List.of(arguments);
            // A repeated option would be read as a list ("a,b"): the embedded default only when none is given.
            if (given.stream().noneMatch(argument -> argument.startsWith("--spring.datasource.url="))) {
                command.add("--spring.datasource.url=");
            }
            command.addAll(given);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ServerProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    String webSocketBase() {
        return "ws://localhost:" + port;
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    /** Waits until readiness answers UP (projections caught up included); returns how long that took. */
    Duration awaitHealthy(Duration timeout) {
        Instant start = Instant.now();
        ApiClient api = api();
        while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                ApiClient.Response health = api.get("/actuator/health/readiness", null);
                if (health.status() == 200 && health.body().contains("UP")) {
                    return Duration.between(start, Instant.now());
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException("not healthy within " + timeout + ":\n" + tail());
    }

    /** Waits for the server to exit by itself; returns its exit status. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("still running after " + timeout);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9}: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: the graceful shutdown. */
    void terminate() {
        process.destroy();
        waitForExit();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            terminate();
        }
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The port of the embedded PostgreSQL a server started on {@code dataDir} (from its pid file). */
    static String postgresPort(Path dataDir) throws IOException {
        return Files.readAllLines(pidFile(dataDir)).get(3).strip();
    }

    static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile(dataDir)).get(0).strip());
    }

    /** Stops an embedded PostgreSQL a failed test left running (a killed server leaves it behind). */
    static void stopLeftoverPostgres(Path dataDir) throws IOException {
        if (Files.exists(pidFile(dataDir))) {
            ProcessHandle.of(postmasterPid(dataDir)).ifPresent(ProcessHandle::destroy);
        }
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("postgres").resolve("postmaster.pid");
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
