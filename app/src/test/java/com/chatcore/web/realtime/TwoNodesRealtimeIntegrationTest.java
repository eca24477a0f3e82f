package com.chatcore.web.realtime;

import com.chatcore.ChatApplication;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.Socket;
import com.chatcore.web.realtime.LiveChatApi.Agent;
import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frame reaches a socket on one node when the event was produced through another node, and a node
 * started after the events replays them as they were.
 */
class TwoNodesRealtimeIntegrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    QueryGateway queries;
    LiveChatApi chats;

    @BeforeEach
    void chats() {
        chats = new LiveChatApi(api, accounts, queries);
    }

    @Test
    void framesCrossNodesAndANewNodeResumesAsThingsStoodThen() {
        Agent first = chats.newAgent();
        Agent second = chats.newAgent();
        String room = chats.openGuestChat();
        long taken;
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            ApiClient.Response take = api.post("/api/chat-rooms/" + room + "/take_chat/", "", first.token());
            assertThat(take.status()).as(take.toString()).isEqualTo(200);
            taken = guest.next().get("event_id").asLong();
        }
        chats.guestSays(room, "antes");
        ApiClient.Response transferred = api.post("/api/chat-rooms/" + room + "/transfer_chat/",
                Map.of("agent_id", second.id()), first.token());
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        chats.guestSays(room, "después");

        try (ConfigurableApplicationContext nodeB = startNodeB()) {
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            resumeOnNodeB(portB, first, taken, room, "antes");
            resumeOnNodeB(portB, second, taken, room, "después");
            // Node B projects nothing now: its writes must still answer once node A's projections show them.
            stopProjections(nodeB.getBean(EventProcessingConfiguration.class));
            reclaimProjectionsOnThisNode();
            answerThroughNodeB(portB, room, second);
        } finally {
            reclaimProjectionsOnThisNode();
        }
    }

    /** Node B started after these events: it still sends each message to the agent who held the chat then. */
    private void resumeOnNodeB(int portB, Agent agent, long after, String room,
            String expected) {
        List<String> messages = new ArrayList<>();
        try (Socket socket = Socket.open(portB, "/ws/my_chats/?token=" + agent.token() + "&last_event_id=" + after)) {
            for (JsonNode frame : socket.framesUntilPong()) {
                if (frame.get("type").asString().equals("guest_message") && frame.get("room_id").asString().equals(room)) {
                    messages.add(frame.get("message").get("content").asString());
                }
            }
        }
        assertThat(messages).containsExactly(expected);
    }

    private void answerThroughNodeB(int portB, String room, Agent agent) {
        try (Socket guest = Socket.open(port, "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            ApiClient.Response sent = chats.through(new ApiClient(portB)).agentSays(room, agent,
                    "Respondo desde el nodo B");
            JsonNode frame = guest.next(f -> f.has("sender"));
            assertThat(frame.get("message").get("id").asString()).isEqualTo(sent.json().get("id").asString());
            assertThat(frame.get("message").get("content").asString()).isEqualTo("Respondo desde el nodo B");

            // This node's cached conversation missed B's message: the append conflicts and is sent again.
            chats.agentSays(room, agent, "Y ahora desde el nodo A");
            assertThat(guest.next(f -> f.has("sender")).get("message").get("content").asString())
                    .isEqualTo("Y ahora desde el nodo A");
        }
    }

    private ConfigurableApplicationContext startNodeB() {
        return new SpringApplicationBuilder(ChatApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--spring.datasource.username=postgres",
                "--chat.jwt.secret=integration-tests-secret-of-at-least-32-bytes!",
                "--chat.projections.segments=4",
                "--chat.data-dir=" + Path.of("target", "it-data", "node-b-" + UUID.randomUUID()));
    }



    private static void stopProjections(EventProcessingConfiguration node) {
        node.eventProcessors().values().forEach(processor -> processor.shutDown());
    }

    private boolean holdsEverySegment(StreamingEventProcessor processor) {
        Integer segments = new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class, processor.getName());
        return segments != null && processor.processingStatus().size() == segments;
    }

    /**
     * Node B claimed some projection segments while it ran (scale-out at work). The other tests share
     * this node's context and expect its projections to run, so take the segments back before leaving.
     */
    private void reclaimProjectionsOnThisNode() {
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .forEach(processor -> {
                    processor.shutDown();
                    processor.start();
                    Awaitility.await().atMost(Duration.ofSeconds(30))
                            .until(() -> holdsEverySegment(processor));
                });
    }
}
