import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real-time push benchmark (JDK only): SOCKETS guest sockets watch one chat room, SENDERS threads send
 * MESSAGES agent messages through REST; measures frames/s pushed and REST-send -> frame-arrival delay.
 * Usage: java bench/realtime/RealtimeBench.java http://localhost:18091 root root-password
 */
public class RealtimeBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern CONTENT = Pattern.compile("\"content\":\"(m-\\d+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sockets = Integer.getInteger("sockets", 50);
        int messages = Integer.getInteger("messages", 400);
        int senders = Integer.getInteger("senders", 4);
        String root = login(base, args[1], args[2]);
        String agent = "bench_" + UUID.randomUUID().toString().substring(0, 8);
        post(base, "/api/agents/", "{\"username\":\"" + agent + "\",\"password\":\"correct-horse-1\",\"email\":\""
                + agent + "@example.com\",\"first_name\":\"B\",\"last_name\":\"B\",\"max_concurrent_chats\":5}", root);
        String token = login(base, agent, "correct-horse-1");
        String session = field(post(base, "/api/chat/start_chat/", "{\"initial_message\":\"hola\"}", null), "session_id");
        String room = field(post(base, "/api/chat/complete_chat/", "{\"session_id\":\"" + session
                + "\",\"email\":\"" + agent + "@guest.example\",\"full_name\":\"Guest\",\"phone_number\":\"+1234567890\"}",
                null), "chat_room_id");
        post(base, "/api/chat-rooms/" + room + "/take_chat/", "", token);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> delays = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch all = new CountDownLatch(sockets * messages);
        AtomicLong lastFrame = new AtomicLong();
        String ws = base.replace("http", "ws") + "/ws/guest_chat_" + room + "/";
        List<WebSocket> open = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            open.add(HTTP.newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
                final StringBuilder partial = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        long now = System.nanoTime();
                        Matcher m = CONTENT.matcher(partial);
                        if (m.find() && sentAt.containsKey(m.group(1))) {
                            delays.add(now - sentAt.get(m.group(1)));
                            lastFrame.set(now);
                            all.countDown();
                        }
                        partial.setLength(0);
                    }
                    socket.request(1);
                    return null;
                }
            }).join());
        }
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long start = System.nanoTime();
        for (int i = 0; i < messages; i++) {
            String content = "m-" + i;
            pool.execute(() -> {
                sentAt.put(content, System.nanoTime());
                post(base, "/api/chat-rooms/" + room + "/send_message/", "{\"content\":\"" + content + "\"}", token);
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        long sendsDone = System.nanoTime();
        boolean complete = all.await(60, TimeUnit.SECONDS);
        double seconds = (lastFrame.get() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        System.out.printf("sockets=%d messages=%d senders=%d complete=%s%n", sockets, messages, senders, complete);
        System.out.printf("REST sends: %.1f msg/s%n", messages / ((sendsDone - start) / 1e9));
        System.out.printf("frames received: %d in %.2f s = %.0f frames/s%n", sorted.size(), seconds, sorted.size() / seconds);
        System.out.printf("send->frame delay: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 0.50),
                pct(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        open.forEach(WebSocket::abort);
        System.exit(0);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    static String login(String base, String user, String password) {
        return field(post(base, "/api/auth/login/", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}",
                null), "token");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in " + json);
        }
        return m.group(1);
    }

    static String post(String base, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
