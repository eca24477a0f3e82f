package com.chatcore.faults;

import com.chatcore.support.ApiClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml's set-up without Docker: two nodes on one PostgreSQL behind nginx run with
 * {@code deploy/nginx.conf} as it is (only the upstream addresses, the port and the files nginx writes
 * changed). A guest chats through it, its socket's upgrade passes, with an Origin of the balancer's own
 * address (the Host header must keep its port), and both nodes answer requests. Needs Debian's nginx:
 * skipped without it, unless LB_REQUIRED=1 (as {@code .ci/run} sets, after installing it).
 */
class LoadBalancerIntegrationTest {

    private static final String SECRET = "--chat.jwt.secret=" + "lb-test-secret-".repeat(4);
    private static final String FORWARDED = "--server.forward-headers-strategy=native";

    private final Path dataDirA = Path.of("target", "fault-data", UUID.randomUUID().toString());
    private final Path dataDirB = Path.of("target", "fault-data", UUID.randomUUID().toString());
    private final Path nginxDir = Path.of("target", "fault-data", "nginx-" + UUID.randomUUID()).toAbsolutePath();

    @Test
    void twoReplicasBehindNginxServeRestAndSockets() throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        boolean required = "1".equals(System.getenv("LB_REQUIRED"));
        if (!Files.isExecutable(nginx)) {
            assertThat(required).as("LB_REQUIRED=1 but no /usr/sbin/nginx (Debian package nginx)").isFalse();
            System.out.println("LoadBalancerIntegrationTest skipped: no /usr/sbin/nginx (Debian package nginx)");
            Assumptions.abort("no nginx");
        }
        try (ServerProcess nodeA = ServerProcess.start(dataDirA, SECRET, FORWARDED)) {
            nodeA.awaitHealthy(Duration.ofSeconds(120));
            String url = "jdbc:postgresql://localhost:" + ServerProcess.postgresPort(dataDirA) + "/postgres";
            try (ServerProcess nodeB = ServerProcess.start(dataDirB, "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=", SECRET, FORWARDED)) {
                nodeB.awaitHealthy(Duration.ofSeconds(120));
                int port = ServerProcess.freePort();
                Process balancer = startNginx(nginx, port, nodeA.port(), nodeB.port());
                try {
                    awaitAnswer(port);
                    ApiClient api = new ApiClient(port);
                    String key = RetryingGuests.openChat(api);
                    for (int i = 0; i < 4; i++) {
                        ApiClient.Response sent = api.post("/api/chat/send_message/",
                                Map.of("chat_room_id", key, "content", "through nginx " + i), null);
                        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
                    }

                    String origin = "http://localhost:" + port;
                    CompletableFuture<CharSequence> pong = new CompletableFuture<>();
                    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin)
                            .buildAsync(URI.create("ws://localhost:" + port + "/ws/guest_chat_" + key + "/"),
                                    new WebSocket.Listener() {
                                        @Override
                                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data,
                                                boolean last) {
                                            if (data.toString().contains("pong")) {
                                                pong.complete(data);
                                            }
                                            webSocket.request(1);
                                            return null;
                                        }
                                    })
                            .get(10, TimeUnit.SECONDS);
                    socket.sendText("{\"type\": \"heartbeat\"}", true).get(5, TimeUnit.SECONDS);
                    assertThat(pong.get(10, TimeUnit.SECONDS).toString()).contains("pong");
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);

                    ApiClient.Response internal = api.post("/internal/commands", "{}", null);
                    assertThat(internal.status()).as("node-to-node commands stay behind the balancer").isEqualTo(404);

                    List<String> upstreams = Files.readAllLines(nginxDir.resolve("upstreams.log"));
                    assertThat(upstreams).as("requests went to both nodes")
                            .anyMatch(line -> line.endsWith(":" + nodeA.port()))
                            .anyMatch(line -> line.endsWith(":" + nodeB.port()));
                } finally {
                    balancer.destroy();
                    balancer.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** deploy/nginx.conf with local upstreams and port, its files under the test's directory. */
    private Process startNginx(Path nginx, int port, int upstreamA, int upstreamB) throws IOException {
        Files.createDirectories(nginxDir);
        String config = Files.readString(Path.of("..", "deploy", "nginx.conf"))
                .replace("server chat-1:8080", "server 127.0.0.1:" + upstreamA)
                .replace("server chat-2:8080", "server 127.0.0.1:" + upstreamB)
                .replace("listen 80;", "listen " + port + ";")
                .replace("http {", """
                        http {
                            log_format upstream '$upstream_addr';
                            access_log %1$s/upstreams.log upstream;
                            client_body_temp_path %1$s/body;
                            proxy_temp_path %1$s/proxy;
                            fastcgi_temp_path %1$s/fastcgi;
                            uwsgi_temp_path %1$s/uwsgi;
                            scgi_temp_path %1$s/scgi;
                        """.formatted(nginxDir));
        assertThat(config).contains("127.0.0.1:" + upstreamA, "127.0.0.1:" + upstreamB, "listen " + port);
        config = "pid " + nginxDir + "/nginx.pid;\nerror_log " + nginxDir + "/error.log;\n" + config;
        Path file = nginxDir.resolve("nginx.conf");
        Files.writeString(file, config);
        return new ProcessBuilder(nginx.toString(), "-c", file.toString(), "-p", nginxDir.toString(),
                "-g", "daemon off; master_process on;")
                .redirectErrorStream(true).redirectOutput(nginxDir.resolve("stdout.log").toFile()).start();
    }

    private static void awaitAnswer(int port) {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 50; i++) {
            try {
                if (api.get("/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // nginx is still starting
            }
            ServerProcess.sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("nginx did not answer on port " + port);
    }
}
