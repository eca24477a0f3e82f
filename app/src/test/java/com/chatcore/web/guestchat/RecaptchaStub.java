package com.chatcore.web.guestchat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for reCAPTCHA's siteverify endpoint on a free loopback port. The token decides the
 * answer: {@code accept...} succeeds, {@code reject...} is refused, {@code broken} answers HTTP 500,
 * {@code garbage} answers no JSON, {@code drop} closes the connection, {@code hang} answers only when
 * {@link #release()} is called (or after 10 s).
 */
final class RecaptchaStub implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private volatile CountDownLatch hanging = new CountDownLatch(1);

    record Request(String contentType, Map<String, String> form) {
    }

    RecaptchaStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/siteverify", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/siteverify";
    }

    /** The next request the stub received, waiting at most a few seconds. */
    Request nextRequest() throws InterruptedException {
        return requests.poll(5, TimeUnit.SECONDS);
    }

    void clear() {
        requests.clear();
    }

    void release() {
        hanging.countDown();
        hanging = new CountDownLatch(1);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(new Request(exchange.getRequestHeaders().getFirst("Content-Type"), form));
        String token = form.getOrDefault("response", "");
        if (token.equals("drop")) {
            throw new IOException("stub drops the connection");
        }
        if (token.equals("hang")) {
            await(hanging);
        }
        if (token.equals("broken")) {
            respond(exchange, 500, "oops");
        } else if (token.equals("garbage")) {
            respond(exchange, 200, "<html>not json</html>");
        } else if (token.startsWith("reject")) {
            respond(exchange, 200, "{\"success\": false, \"error-codes\": [\"invalid-input-response\"]}");
        } else {
            respond(exchange, 200, "{\"success\": " + token.startsWith("accept") + ", \"hostname\": \"localhost\"}");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
