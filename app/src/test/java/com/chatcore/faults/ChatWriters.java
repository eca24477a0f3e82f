package com.chatcore.faults;

import com.chatcore.faults.LiveChats.Agent;
import com.chatcore.faults.LiveChats.Chat;
import com.chatcore.support.ApiClient;
import com.chatcore.support.Socket;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guests and agents writing in their chats in parallel, each one message after the other, message
 * {@code j} through node {@code firstNode + j}; every message is recorded as its client saw it.
 */
final class ChatWriters implements AutoCloseable {

    static final Duration DONE_WITHIN = Duration.ofSeconds(120);

    /** A message: sent, then answered, at these {@link System#nanoTime} instants; {@code status} -1 for no answer. */
    record Sent(String writer, String room, String content, long sentAt, long answeredAt, int status, String body) {

        boolean acknowledged() {
            return status == 201;
        }

        String id() {
            return Socket.JSON.readTree(body).get("id").asString();
        }

        boolean byAgent() {
            return writer.startsWith("agent");
        }
    }

    private final ThreeNodes nodes;
    private final int messages;
    private final String prefix = "writer_" + UUID.randomUUID().toString().substring(0, 8) + "_";
    private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final List<Callable<Void>> writers = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private ExecutorService pool;
    private List<Future<Void>> running;

    /** {@code messages} per writer; {@link Integer#MAX_VALUE} for writers that run until {@link #stop}. */
    ChatWriters(ThreeNodes nodes, int messages) {
        this.nodes = nodes;
        this.messages = messages;
    }

    void guest(Chat chat, int firstNode) {
        add("guest_" + chat.room(), chat, firstNode, (api, content) -> LiveChats.guestSays(api, chat, content));
    }

    void agent(Chat chat, Agent agent, int firstNode) {
        add("agent_" + chat.room(), chat, firstNode, (api, content) -> LiveChats.agentSays(api, chat, agent, content));
    }

    void start() {
        pool = Executors.newFixedThreadPool(writers.size());
        running = writers.stream().map(pool::submit).toList();
    }

    /** Starts the writers and waits until each has sent all its messages. */
    List<Sent> runToEnd() throws Exception {
        start();
        return awaitEnd();
    }

    List<Sent> stop() throws Exception {
        stop.set(true);
        return awaitEnd();
    }

    /** The messages answered so far, in the order the answers came. */
    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /**
     * Whether every writer has written a message entirely after the first {@code answered} answers: two
     * answers since, the second sent after the first came back.
     */
    boolean eachWroteSince(int answered) {
        return sent.stream().skip(answered).collect(Collectors.groupingBy(Sent::writer, Collectors.counting()))
                .values().stream().filter(answers -> answers >= 2).count() == writers.size();
    }

    /** How many times each message of these writers is stored, read from the event store. */
    Map<String, Integer> storedCounts() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(nodes.jdbcUrl(), "postgres", "");
             PreparedStatement query = connection.prepareStatement("""
                     SELECT convert_from(payload, 'UTF8')::jsonb ->> 'content' FROM domain_event_entry
                     WHERE payload_type LIKE '%MessageSentEvent' AND convert_from(payload, 'UTF8') LIKE ?""")) {
            query.setString(1, "%" + prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.merge(rows.getString(1), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    boolean isOurs(String content) {
        return content.startsWith(prefix);
    }

    static List<String> acknowledgedIds(List<Sent> sent, Predicate<Sent> which) {
        return sent.stream().filter(which).filter(Sent::acknowledged).map(Sent::id).toList();
    }

    private void add(String writer, Chat chat, int firstNode, BiFunction<ApiClient, String, ApiClient.Response> send) {
        writers.add(() -> {
            for (int j = 0; j < messages && !stop.get(); j++) {
                String content = prefix + writer + "_" + j;
                long sentAt = System.nanoTime();
                try {
                    ApiClient.Response answer = send.apply(nodes.api(firstNode + j), content);
                    sent.add(new Sent(writer, chat.room(), content, sentAt, System.nanoTime(), answer.status(),
                            answer.body()));
                } catch (RuntimeException noAnswer) {
                    sent.add(new Sent(writer, chat.room(), content, sentAt, System.nanoTime(), -1,
                            noAnswer.toString()));
                }
            }
            return null;
        });
    }

    /** Stops writers a failed test leaves running. */
    @Override
    public void close() {
        stop.set(true);
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private List<Sent> awaitEnd() throws Exception {
        try {
            for (Future<Void> writer : running) {
                writer.get(DONE_WITHIN.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return sent();
    }
}
