package com.chatcore.faults;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM under load on the embedded default: in-flight requests finish, no request answers 5xx, sockets
 * close with 1001, the server exits within 10 s, and every acknowledged write is stored exactly once; a
 * client that retries what got no answer, with its Idempotency-Key, after the restart gets each stored once.
 */
class GracefulShutdownIntegrationTest {

    private static final int WRITERS = 6;

    private final Path dataDir = Path.of("target", "fault-data", UUID.randomUUID().toString());
    private final String prefix = "term_" + UUID.randomUUID().toString().substring(0, 6) + "_";
    private final ConcurrentLinkedQueue<String> unanswered = new ConcurrentLinkedQueue<>();

    @Test
    void sigtermUnderLoadLosesNothingAcknowledgedAndAnswersNo5xx() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger brokenInFlight = new AtomicInteger();
        CompletableFuture<Integer> closeCode = new CompletableFuture<>();
        Duration exit;
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            server.awaitHealthy(Duration.ofSeconds(120));
            ApiClient api = server.api();
            listenAsGuest(server, openGuestChat(api), closeCode);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger next = new AtomicInteger();
            ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
            unanswered.clear();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            for (int i = 0; i < WRITERS; i++) {
                writers.submit(() -> {
                    while (!stop.get()) {
                        String name = prefix + next.incrementAndGet();
                        try {
                            ApiClient.Response response = register(api, name);
                            if (response.status() == 201) {
                                acks.add(name);
                            } else {
                                unanswered.add(name);
                                if (response.status() >= 500) {
                                    serverErrors.add(name + ": " + response);
                                }
                            }
                        } catch (UncheckedIOException e) {
                            unanswered.add(name);
                            if (e.getCause() instanceof ConnectException) {
                                refused.incrementAndGet();
                                ServerProcess.sleep(Duration.ofMillis(50));
                            } else {
                                brokenInFlight.incrementAndGet();
                            }
                        }
                    }
                });
            }
            ServerProcess.sleep(Duration.ofSeconds(3));
            Instant signal = Instant.now();
            server.terminate();
            exit = Duration.between(signal, Instant.now());
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            acknowledged.addAll(acks);
        }
        System.out.printf("SIGTERM under load: exit in %d ms, %d acknowledged, %d 5xx, %d refused, %d broken "
                + "in flight, %d retried after the restart%n", exit.toMillis(), acknowledged.size(), serverErrors.size(),
                refused.get(), brokenInFlight.get(), unanswered.size());

        assertThat(serverErrors).isEmpty();
        assertThat(exit).isLessThan(Duration.ofSeconds(10));
        assertThat(closeCode.get(5, TimeUnit.SECONDS)).isEqualTo(1001);
        assertThat(acknowledged).isNotEmpty();
        try (ServerProcess again = ServerProcess.start(dataDir)) {
            again.awaitHealthy(Duration.ofSeconds(120));
            // The client retries what got no answer, with the same Idempotency-Key: each is then stored once.
            for (String name : unanswered) {
                ApiClient.Response retried = register(again.api(), name);
                assertThat(retried.status()).as(name + ": " + retried).isEqualTo(201);
            }
            for (String name : acknowledged) {
                assertThat(registrationsOf(name)).as(name).isEqualTo(1);
            }
            for (String name : unanswered) {
                assertThat(registrationsOf(name)).as(name + ", retried").isEqualTo(1);
            }
        }
    }

    @AfterEach
    void stopLeftovers() throws Exception {
        ServerProcess.stopLeftoverPostgres(dataDir);
    }

    private int registrationsOf(String username) throws Exception {
        String port = ServerProcess.postgresPort(dataDir);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "");
             PreparedStatement query = connection.prepareStatement("""
                     SELECT count(*) FROM domain_event_entry
                     WHERE payload_type LIKE '%UserRegisteredEvent' AND convert_from(payload, 'UTF8') LIKE ?""")) {
            query.setString(1, "%\"username\":\"" + username + "\"%");
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** A registration as a careful client sends it: with an Idempotency-Key of its own, kept for retries. */
    private static ApiClient.Response register(ApiClient api, String name) {
        String key = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
        return api.send(api.request("/api/auth/register/", null).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(Map.of(
                        "username", name, "password", "correct-horse-1", "email", name + "@example.com")))));
    }

    private static String openGuestChat(ApiClient api) {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(), "email", "term@example.com",
                "full_name", "Term Guest", "phone_number", "+1234567890"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
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
