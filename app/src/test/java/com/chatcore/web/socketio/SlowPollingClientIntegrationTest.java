package com.chatcore.web.socketio;

import com.chatcore.support.IntegrationTest;
import com.chatcore.support.SocketIoClient;
import com.chatcore.support.SupportSessions;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long-polling client that sends its request body slowly holds its connection's lock all that time (the engine
 * reads the body under it). Pushes to that connection must wait; pushes to everyone else must not.
 */
class SlowPollingClientIntegrationTest extends IntegrationTest {

    private static final Pattern SID = Pattern.compile("\"sid\":\\s*\"([^\"]+)\"");
    private static final Duration HELD = Duration.ofSeconds(6);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aClientDribblingItsRequestDelaysNobodyElsesPushes() throws Exception {
        String slowUser = accounts.userToken(unique("sio-slow"));
        String slowSession = SupportSessions.open(api, slowUser);
        String sid = pollingConnection(slowUser);
        post(sid, "42[\"join-session\",{\"sessionId\":\"" + slowSession + "\"}]");

        String otherUser = accounts.userToken(unique("sio-other"));
        String otherSession = SupportSessions.open(api, otherUser);
        try (SocketIoClient other = SocketIoClient.connect(port, "/", otherUser, new String[] {"websocket"});
             Socket dribbling = new Socket("localhost", port)) {
            other.emit("join-session", Map.of("sessionId", otherSession));
            other.next("session-joined");

            String body = "42[\"typing\",{\"sessionId\":\"" + slowSession + "\",\"isTyping\":true}]";
            OutputStream out = dribbling.getOutputStream();
            out.write(("POST /socket.io/?EIO=4&transport=polling&sid=" + sid + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain;charset=UTF-8\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body.substring(0, 5)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread.sleep(300);
            long dribbleStarted = System.nanoTime();

            // A push to the slow connection (its own message), then one to the other client.
            assertThat(api.post("/api/chat/message", Map.of("message", "lento"), slowUser).status()).isEqualTo(201);
            assertThat(api.post("/api/chat/message", Map.of("message", "rápido"), otherUser).status()).isEqualTo(201);

            SocketIoClient.Event pushed = other.poll("new-message", Duration.ofSeconds(3));
            long waitedMillis = Duration.ofNanos(System.nanoTime() - dribbleStarted).toMillis();
            assertThat(pushed).as("the other client's push, while the slow client held its connection").isNotNull();
            assertThat(pushed.data().get("message").asString()).isEqualTo("rápido");
            assertThat(waitedMillis).as("arrived before the slow client finished").isLessThan(HELD.toMillis());

            Thread.sleep(Math.max(0, HELD.toMillis() - waitedMillis));
            out.write(body.substring(5).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** A polling connection on namespace {@code /}, authenticated: its Engine.IO sid. */
    private String pollingConnection(String token) throws Exception {
        HttpResponse<String> handshake = http.send(HttpRequest.newBuilder(URI.create(base())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher sid = SID.matcher(handshake.body());
        assertThat(sid.find()).as(handshake.body()).isTrue();
        post(sid.group(1), "40{\"token\":\"" + token + "\"}");
        HttpResponse<String> connected = http.send(HttpRequest.newBuilder(URI.create(base() + "&sid=" + sid.group(1)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(connected.body()).as("the namespace's CONNECT").startsWith("40");
        return sid.group(1);
    }

    private void post(String sid, String payload) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base() + "&sid=" + sid))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
    }

    private String base() {
        return "http://localhost:" + port + "/socket.io/?EIO=4&transport=polling";
    }
}
