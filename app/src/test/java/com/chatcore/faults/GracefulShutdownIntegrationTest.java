package com.chatcore.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM under load on the embedded default: in-flight requests finish, no request answers 5xx, sockets
 * close with 1001, the server exits within 10 s; a client that retries what got no answer, with its
 * Idempotency-Key, on the restarted server gets every message stored exactly once.
 */
class GracefulShutdownIntegrationTest {

    private static final int GUESTS = 6;
    private static final String UNLIMITED_GUESTS = "--chat.guest.max-messages-per-minute=1000000";

    private final Path dataDir = Path.of("target", "fault-data", UUID.randomUUID().toString());

    @Test
    void sigtermUnderLoadLosesNothingAcknowledgedAndAnswersNo5xx() throws Exception {
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        AtomicReference<ServerProcess> current = new AtomicReference<>(ServerProcess.start(dataDir, UNLIMITED_GUESTS));
        try {
            ServerProcess server = current.get();
            server.awaitHealthy(Duration.ofSeconds(120));
            listenAsGuest(server, RetryingGuests.openChat(server.api()), closeCode);
            RetryingGuests load = RetryingGuests.start(() -> current.get().api(), GUESTS);
            ServerProcess.sleep(Duration.ofSeconds(3));
            int beforeSignal = load.acknowledgedSoFar();
            Instant signal = Instant.now();
            server.terminate();
            Duration exit = Duration.between(signal, Instant.now());
            assertThat(closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(1001);

            // The client retries what got no answer, with the same Idempotency-Key, on the restarted server.
            current.set(ServerProcess.start(dataDir, UNLIMITED_GUESTS));
            current.get().awaitHealthy(Duration.ofSeconds(120));
            ServerProcess.sleep(Duration.ofSeconds(2));
            RetryingGuests.Outcome outcome = load.finish(Duration.ofSeconds(40));
            System.out.printf("SIGTERM under load: exit in %d ms, %d acknowledged before the signal; %s%n",
                    exit.toMillis(), beforeSignal, outcome);

            assertThat(outcome.serverErrors()).as("5xx answers").isEmpty();
            assertThat(exit).isLessThan(Duration.ofSeconds(10));
            load.assertExactlyOnce(outcome, "jdbc:postgresql://localhost:" + ServerProcess.postgresPort(dataDir)
                    + "/postgres");
        } finally {
            current.get().close();
        }
    }

    @AfterEach
    void stopLeftovers() throws Exception {
        ServerProcess.stopLeftoverPostgres(dataDir);
    }

    private static void listenAsGuest(ServerProcess server, String key, CompletableFuture<Integer> closeCode) {
        HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(server.webSocketBase() + "/ws/guest_chat_" + key + "/"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
                        closeCode.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket socket, Throwable error) {
                        closeCode.complete(1006);
                    }
                }).join();
    }
}
