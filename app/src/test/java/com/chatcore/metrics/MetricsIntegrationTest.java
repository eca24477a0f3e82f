package com.chatcore.metrics;

import com.chatcore.support.ApiClient;
import com.chatcore.support.GuestChats;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.Socket;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator scrapes from {@code /actuator/prometheus}, and who may. */
class MetricsIntegrationTest extends IntegrationTest {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private ReadYourWrites readYourWrites;

    @Test
    void onlyASuperuserScrapesTheApiPort() {
        String agent = accounts.agentToken(unique("agent"));

        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(api.get("/actuator/prometheus", agent).status()).isEqualTo(403);
        assertThat(api.get("/actuator/prometheus", accounts.superuserToken()).status()).isEqualTo(200);
    }

    @Test
    void commandsEventsProjectionsDeadLettersAndSocketsAreCounted() {
        String root = accounts.superuserToken();
        String agent = accounts.agentToken(unique("agent"));
        double takesBefore = value(scrape(root), "chat_commands_seconds_count",
                "command=\"TakeChatCommand\",outcome=\"success\"").orElse(0.0);
        double refusedBefore = value(scrape(root), "chat_commands_seconds_count",
                "command=\"TakeChatCommand\",outcome=\"failure\"").orElse(0.0);
        double takenEventsBefore = value(scrape(root), "chat_events_appended_total", "event=\"ChatTakenEvent\"")
                .orElse(0.0);

        GuestChats.GuestChat chat = GuestChats.open(commands, readYourWrites, "Metrics Guest", unique("m") + "@example.com",
                "+34600000000", "Hola");
        String room = chat.room().id();
        assertThat(api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent).status()).isEqualTo(200);
        assertThat(api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent).status()).isEqualTo(400);

        try (Socket socket = Socket.open(port, "/ws/my_chats/?token=" + agent)) {
            socket.framesUntilPong();
            String metrics = scrape(root);

            assertThat(value(metrics, "chat_commands_seconds_count", "command=\"TakeChatCommand\",outcome=\"success\""))
                    .hasValue(takesBefore + 1);
            assertThat(value(metrics, "chat_commands_seconds_count", "command=\"TakeChatCommand\",outcome=\"failure\""))
                    .hasValue(refusedBefore + 1);
            assertThat(value(metrics, "chat_events_appended_total", "event=\"ChatTakenEvent\""))
                    .hasValue(takenEventsBefore + 1);
            assertThat(metrics).contains("chat_commands_seconds_bucket{command=\"TakeChatCommand\"");
            assertThat(value(metrics, "chat_projection_lag_events", "group=\"livechat\"")).isPresent();
            assertThat(value(metrics, "chat_projection_segments_held", "group=\"livechat\"")).hasValueSatisfying(held -> assertThat(held).isPositive());
            assertThat(value(metrics, "chat_dead_letters", "group=\"livechat\"")).hasValue(0.0);
            assertThat(value(metrics, "chat_sockets_open", "")).hasValueSatisfying(open -> assertThat(open)
                    .isGreaterThanOrEqualTo(1.0));
        }
    }

    private String scrape(String token) {
        ApiClient.Response response = api.get("/actuator/prometheus", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return response.body();
    }

    /** The sample of {@code name} whose labels contain {@code labels}, if there is one. */
    private static Optional<Double> value(String metrics, String name, String labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$").matcher(metrics);
        while (sample.find()) {
            String found = sample.group(1) == null ? "" : sample.group(1);
            if (found.contains(labels)) {
                return Optional.of(Double.parseDouble(sample.group(2)));
            }
        }
        return Optional.empty();
    }
}
