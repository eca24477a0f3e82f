import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Push watcher (JDK only) for bench/run.sh's REALTIME=1 and bench/realtime/cross-node.sh.
 *
 * <pre>
 * java bench/realtime/LoadWatch.java BASE CHATS_FILE|- STOP_FILE|SECONDS
 *   -Dws=URL     node whose sockets are watched (default BASE)
 *   -Dsend=URL   node the probe's REST sends go through (default BASE)
 *   -Drate=N     mean probe messages per second, alternating agent reply / guest message, at random
 *                intervals of 0.5-1.5 times the mean (default 5)
 *   -Dlabel=TXT  first field of every output line (default none)
 *   -Dwarmup=N   unmeasured probe messages sent through -Dsend before READY (default 6)
 *   env SUPERUSER / SUPERUSER_PASSWORD (default bench-root / bench-root-pw)
 * </pre>
 *
 * Opens one guest socket per chat of CHATS_FILE ("room agent_token" lines; "-" for none) and one agent
 * socket per distinct token, creates a probe agent and a guest chat it holds (through BASE) with their own
 * sockets, prints READY, then until STOP_FILE exists (or for SECONDS) counts the frames the load sockets
 * receive and sends probe messages through -Dsend at a fixed rate. A probe delay runs from just before
 * the REST send to the matching frame on the probe's guest socket (agent replies) or agent socket
 * (guest messages). For the load's message frames it also records created_at -> arrival (same clock).
 */
public class LoadWatch {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final Pattern CONTENT = Pattern.compile("\"content\"\\s*:\\s*\"([^\"]*)\"");
    static final Pattern CREATED_AT = Pattern.compile("\"created_at\"\\s*:\\s*\"([^\"]+)\"");
    static String label = "";

    /** Delays in nanoseconds, appended from socket threads. */
    static final class Delays {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long[] sorted() {
            long[] copy = java.util.Arrays.copyOf(values, size);
            java.util.Arrays.sort(copy);
            return copy;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java bench/realtime/LoadWatch.java BASE CHATS_FILE|- STOP_FILE|SECONDS");
            System.exit(2);
        }
        String base = args[0];
        String ws = toWs(System.getProperty("ws", base));
        String send = System.getProperty("send", base);
        double rate = Double.parseDouble(System.getProperty("rate", "5"));
        label = System.getProperty("label", "").isEmpty() ? "" : System.getProperty("label") + " ";

        // --- load sockets: every chat's guest, every distinct agent of chats.txt
        List<String> rooms = new ArrayList<>();
        Set<String> tokens = new LinkedHashSet<>();
        if (!args[1].equals("-")) {
            for (String line : Files.readAllLines(Path.of(args[1]))) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 2) {
                    rooms.add(parts[0]);
                    tokens.add(parts[1]);
                }
            }
        }
        AtomicLong measuring = new AtomicLong(); // 1 while the window is open
        AtomicLong guestFrames = new AtomicLong();
        AtomicLong agentFrames = new AtomicLong();
        AtomicInteger closed = new AtomicInteger();
        Delays createdAtDelays = new Delays();
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (String room : rooms) {
            opening.add(open(ws + "/ws/guest_chat_" + room + "/", closed, frame -> {
                if (measuring.get() == 1) {
                    guestFrames.incrementAndGet();
                    if (frame.contains("\"sender\":\"agent\"")) {
                        createdAtDelay(frame, createdAtDelays);
                    }
                }
            }));
        }
        for (String token : tokens) {
            opening.add(open(ws + "/ws/my_chats/?token=" + token, closed, frame -> {
                if (measuring.get() == 1) {
                    agentFrames.incrementAndGet();
                    if (frame.contains("\"type\":\"guest_message\"")) {
                        createdAtDelay(frame, createdAtDelays);
                    }
                }
            }));
        }

        // --- probe: its own agent and guest chat, each with its own socket
        String root = login(base, env("SUPERUSER", "bench-root"), env("SUPERUSER_PASSWORD", "bench-root-pw"));
        String agent = "probe_" + UUID.randomUUID().toString().substring(0, 8);
        post(base, "/api/agents/", "{\"username\":\"" + agent + "\",\"password\":\"correct-horse-1\",\"email\":\""
                + agent + "@bench.local\",\"first_name\":\"Probe\",\"last_name\":\"Probe\",\"max_concurrent_chats\":5}",
                root);
        String token = login(base, agent, "correct-horse-1");
        String session = field(post(base, "/api/chat/start_chat/", "{\"initial_message\":\"hola\"}", null),
                "session_id");
        String room = field(post(base, "/api/chat/complete_chat/", "{\"session_id\":\"" + session
                + "\",\"email\":\"" + agent + "@guest.bench.local\",\"full_name\":\"Probe Guest\","
                + "\"phone_number\":\"+34600000000\",\"recaptcha_token\":\"bench\"}", null), "chat_room_id");
        post(base, "/api/chat-rooms/" + room + "/take_chat/", "", token);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Delays toGuest = new Delays();
        Delays toAgent = new Delays();
        Delays restLatency = new Delays();
        opening.add(open(ws + "/ws/guest_chat_" + room + "/", closed, frame -> {
            if (frame.contains("\"sender\":\"agent\"")) {
                probeArrival(frame, sentAt, toGuest);
            }
        }));
        opening.add(open(ws + "/ws/my_chats/?token=" + token, closed, frame -> {
            if (frame.contains("\"type\":\"guest_message\"")) {
                probeArrival(frame, sentAt, toAgent);
            }
        }));
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        List<WebSocket> sockets = new ArrayList<>();
        for (CompletableFuture<WebSocket> socket : opening) {
            sockets.add(socket.join());
        }
        // Warm-up, not measured: a few probe messages of each kind through -Dsend, so the first measured
        // sends do not pay for a cold path on that node; waits for their frames (at most 10 s).
        int warmup = Integer.getInteger("warmup", 6);
        List<CompletableFuture<?>> warming = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            String content = "warmup-" + i;
            sentAt.put(content, System.nanoTime());
            warming.add(i % 2 == 0
                    ? postAsync(send, "/api/chat-rooms/" + room + "/send_message/",
                            "{\"content\":\"" + content + "\",\"message_type\":\"text\"}", token)
                    : postAsync(send, "/api/chat/send_message/",
                            "{\"chat_room_id\":\"" + room + "\",\"content\":\"" + content + "\"}", null));
            Thread.sleep(100);
        }
        long warmDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!sentAt.isEmpty() && System.nanoTime() < warmDeadline) {
            Thread.sleep(20);
        }
        sentAt.clear();
        Thread.sleep(300); // let the frames of the probe's own set-up (new_chat, agent_joined...) pass

        System.out.printf("READY sockets=%d guest=%d agent=%d probe_room=%s ws=%s send=%s%n", sockets.size(),
                rooms.size() + 1, tokens.size() + 1, room, ws, send);
        System.out.flush();

        // --- the window
        // Sends are asynchronous, so a slow answer (a node whose read model lags answers 503 after
        // chat.read-your-writes-timeout) does not hold back the next send: the rate stays fixed.
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sequence = new AtomicInteger();
        Map<Integer, AtomicInteger> sendErrors = new ConcurrentHashMap<>();
        AtomicInteger sentToGuest = new AtomicInteger();
        AtomicInteger sentToAgent = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        measuring.set(1);
        long start = System.nanoTime();
        // Intervals drawn uniformly from 0.5x-1.5x the mean: a strictly periodic schedule would put the sends
        // at a few fixed phases of the server's poll cycle and skew the cross-node figures.
        long meanMicros = Math.round(1_000_000 / rate);
        java.util.Random random = new java.util.Random();
        Runnable probe = () -> {
            int n = sequence.getAndIncrement();
            String content = "probe-" + n;
            boolean agentReply = n % 2 == 0;
            long before = System.nanoTime();
            sentAt.put(content, before);
            CompletableFuture<HttpResponse<String>> answer;
            if (agentReply) {
                sentToGuest.incrementAndGet();
                answer = postAsync(send, "/api/chat-rooms/" + room + "/send_message/",
                        "{\"content\":\"" + content + "\",\"message_type\":\"text\"}", token);
            } else {
                sentToAgent.incrementAndGet();
                answer = postAsync(send, "/api/chat/send_message/",
                        "{\"chat_room_id\":\"" + room + "\",\"content\":\"" + content + "\"}", null);
            }
            inFlight.add(answer.whenComplete((response, error) -> {
                int status = error != null ? -1 : response.statusCode();
                if (status == 201) {
                    restLatency.add(System.nanoTime() - before);
                } else {
                    if (sendErrors.computeIfAbsent(status, k -> new AtomicInteger()).getAndIncrement() == 0) {
                        System.err.println("probe send answered " + (error != null ? error.toString()
                                : status + " " + response.body()) + " (first of its kind; its frame is still awaited)");
                    }
                }
            }));
        };
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            probe.run();
            ticker.schedule(next[0], meanMicros / 2 + (long) (random.nextDouble() * meanMicros), TimeUnit.MICROSECONDS);
        };
        ticker.execute(next[0]);

        String stop = args[2];
        if (stop.matches("\\d+(\\.\\d+)?")) {
            Thread.sleep(Math.round(Double.parseDouble(stop) * 1000));
        } else {
            while (!Files.exists(Path.of(stop))) {
                Thread.sleep(20);
            }
        }
        long end = System.nanoTime();
        measuring.set(0);
        ticker.shutdownNow();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        try {
            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ignored) {
            // counted as errors by their callbacks
        }
        // grace for probe frames still on their way
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        double seconds = (end - start) / 1e9;
        long frames = guestFrames.get() + agentFrames.get();
        if (!rooms.isEmpty()) {
            System.out.printf("%sPUSH frames_per_s=%.1f frames=%d guest_frames=%d agent_frames=%d seconds=%.1f "
                + "load_sockets=%d closed_sockets=%d%n", label, frames / seconds, frames, guestFrames.get(),
                agentFrames.get(), seconds, rooms.size() + tokens.size(), closed.get());
        }
        probeLine("agent_to_guest", toGuest.sorted(), sentToGuest.get());
        probeLine("guest_to_agent", toAgent.sorted(), sentToAgent.get());
        long[] both = concat(toGuest.sorted(), toAgent.sorted());
        probeLine("all", both, sentToGuest.get() + sentToAgent.get());
        long[] rest = restLatency.sorted();
        StringBuilder errors = new StringBuilder();
        sendErrors.forEach((status, count) -> errors.append(' ').append("status_").append(status == -1 ? "io" : status)
                .append('=').append(count.get()));
        System.out.printf("%sPROBE_REST p50_ms=%.1f p99_ms=%.1f max_ms=%.1f ok=%d errors=%d%s%n", label,
                pct(rest, 0.50), pct(rest, 0.99), max(rest), rest.length,
                sendErrors.values().stream().mapToInt(AtomicInteger::get).sum(), errors);
        if (!rooms.isEmpty()) {
            long[] created = createdAtDelays.sorted();
            System.out.printf("%sCREATED_TO_FRAME p50_ms=%.1f p99_ms=%.1f max_ms=%.1f frames=%d%n", label,
                    pct(created, 0.50), pct(created, 0.99), max(created), created.length);
        }
        sockets.forEach(WebSocket::abort);
        System.exit(0);
    }

    static void probeLine(String path, long[] sorted, int sent) {
        System.out.printf("%sPROBE path=%s p50_ms=%.1f p99_ms=%.1f max_ms=%.1f received=%d sent=%d%n", label, path,
                pct(sorted, 0.50), pct(sorted, 0.99), max(sorted), sorted.length, sent);
    }

    static void probeArrival(String frame, Map<String, Long> sentAt, Delays into) {
        long now = System.nanoTime();
        Matcher m = CONTENT.matcher(frame);
        if (m.find()) {
            Long before = sentAt.remove(m.group(1));
            if (before != null && m.group(1).startsWith("probe-")) {
                into.add(now - before);
            }
        }
    }

    static void createdAtDelay(String frame, Delays into) {
        Instant now = Instant.now();
        Matcher m = CREATED_AT.matcher(frame);
        if (m.find()) {
            try {
                Instant created = parseInstant(m.group(1));
                into.add(java.time.Duration.between(created, now).toNanos());
            } catch (RuntimeException ignored) {
                // not a timestamp: not counted
            }
        }
    }

    static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    static CompletableFuture<WebSocket> open(String url, AtomicInteger closed, Consumer<String> onFrame) {
        return HTTP.newWebSocketBuilder().buildAsync(URI.create(url), new WebSocket.Listener() {
            final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    onFrame.accept(partial.toString());
                    partial.setLength(0);
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                closed.incrementAndGet();
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                closed.incrementAndGet();
            }
        });
    }

    static long[] concat(long[] a, long[] b) {
        long[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        java.util.Arrays.sort(all);
        return all;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))] / 1e6;
    }

    static double max(long[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    static String toWs(String url) {
        return url.replaceFirst("^http", "ws").replaceAll("/+$", "");
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static String login(String base, String user, String password) {
        return field(post(base, "/api/auth/login/", "{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\"}", null), "token");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)\"?").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }

    static CompletableFuture<HttpResponse<String>> postAsync(String base, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String post(String base, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(path + ": interrupted");
        }
    }
}
