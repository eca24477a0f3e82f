package com.chatcore.faults;

import com.chatcore.support.ApiClient;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load through a fault, sent the way a careful client sends it: guests writing in their chats, each
 * message with an Idempotency-Key of its own, retried with that key (after a connection error, a 5xx, or
 * 409 while its first run is still open) until it is acknowledged, on whichever server {@code target}
 * names at the time. Afterwards every message must be stored exactly once.
 */
final class RetryingGuests {

    private static final Duration PAUSE_BETWEEN_TRIES = Duration.ofMillis(100);

    private final Supplier<ApiClient> target;
    private final List<String> guestKeys;
    private final String prefix = "fault_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private final AtomicBoolean stopNewMessages = new AtomicBoolean();
    private volatile Instant giveUpAt = Instant.MAX;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acknowledgedAfterRetry = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> gaveUp = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final ExecutorService writers;

    private RetryingGuests(Supplier<ApiClient> target, List<String> guestKeys) {
        this.target = target;
        this.guestKeys = guestKeys;
        this.writers = Executors.newFixedThreadPool(guestKeys.size());
    }

    /** Opens {@code guests} chats on the current target and starts one writer per chat. */
    static RetryingGuests start(Supplier<ApiClient> target, int guests) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < guests; i++) {
            keys.add(openChat(target.get()));
        }
        RetryingGuests load = new RetryingGuests(target, keys);
        keys.forEach(key -> load.writers.submit(() -> load.write(key)));
        return load;
    }

    /** What the clients saw. */
    record Outcome(List<String> acknowledged, int acknowledgedAfterRetry, int retries, List<String> gaveUp,
            List<String> serverErrors) {

        @Override
        public String toString() {
            return "%d acknowledged (%d of them after retries), %d retries, %d given up, %d 5xx answers".formatted(
                    acknowledged.size(), acknowledgedAfterRetry, retries, gaveUp.size(), serverErrors.size());
        }
    }

    /** Stops new messages and lets the writers retry what they hold for up to {@code retryFor}. */
    Outcome finish(Duration retryFor) throws InterruptedException {
        stopNewMessages.set(true);
        giveUpAt = Instant.now().plus(retryFor);
        writers.shutdown();
        assertThat(writers.awaitTermination(retryFor.plusSeconds(40).toSeconds(), TimeUnit.SECONDS))
                .as("writers done").isTrue();
        return new Outcome(List.copyOf(acknowledged), acknowledgedAfterRetry.size(), retries.get(),
                List.copyOf(gaveUp), List.copyOf(serverErrors));
    }

    int acknowledgedSoFar() {
        return acknowledged.size();
    }

    /** How many times each message of this load is stored, read from the event store. */
    Map<String, Integer> storedCounts(String jdbcUrl) throws Exception {
        Pattern content = Pattern.compile("\"content\":\"(" + Pattern.quote(prefix) + "\\d+)\"");
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement query = connection.prepareStatement("""
                     SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                     WHERE payload_type LIKE '%MessageSentEvent' AND convert_from(payload, 'UTF8') LIKE ?""")) {
            query.setString(1, "%" + prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Matcher found = content.matcher(rows.getString(1));
                    if (found.find()) {
                        counts.merge(found.group(1), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** Every acknowledged message stored once, nothing else of this load stored, nothing given up. */
    void assertExactlyOnce(Outcome outcome, String jdbcUrl) throws Exception {
        Map<String, Integer> stored = storedCounts(jdbcUrl);
        assertThat(outcome.gaveUp()).as("messages the client never got acknowledged").isEmpty();
        assertThat(outcome.acknowledged()).isNotEmpty();
        for (String message : outcome.acknowledged()) {
            assertThat(stored.getOrDefault(message, 0)).as("times %s is stored", message).isEqualTo(1);
        }
        assertThat(stored.keySet()).as("stored but never acknowledged").isSubsetOf(outcome.acknowledged());
    }

    private void write(String guestKey) {
        while (!stopNewMessages.get()) {
            String message = prefix + next.incrementAndGet();
            String idempotencyKey = UUID.randomUUID().toString();
            List<Integer> answers = new ArrayList<>();
            for (int attempt = 1; ; attempt++) {
                if (attempt > 1) {
                    retries.incrementAndGet();
                }
                Integer status = send(guestKey, message, idempotencyKey);
                answers.add(status);
                if (status != null && status == 201) {
                    acknowledged.add(message);
                    if (attempt > 1) {
                        acknowledgedAfterRetry.add(message);
                    }
                    break;
                }
                if (status != null && status >= 500) {
                    serverErrors.add(message + ": " + status);
                }
                if (Instant.now().isAfter(giveUpAt)) {
                    // With every answer it got (null: none), so that a failure says why.
                    gaveUp.add(message + " " + answers);
                    break;
                }
                ServerProcess.sleep(PAUSE_BETWEEN_TRIES);
            }
        }
    }

    /** The answer's status, or null when there was none (refused, reset, timed out). */
    private Integer send(String guestKey, String message, String idempotencyKey) {
        try {
            ApiClient api = target.get();
            return api.send(api.request("/api/chat/send_message/", null).header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(ApiClient.json(
                            Map.of("chat_room_id", guestKey, "content", message))))).status();
        } catch (UncheckedIOException | IllegalStateException noAnswer) {
            return null;
        }
    }

    /** A guest chat opened the way the seed-003 guest does; returns the guest's key. */
    static String openChat(ApiClient api) {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(),
                "email", UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "full_name", "Fault Guest", "phone_number", "+1234567890"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
    }
}
