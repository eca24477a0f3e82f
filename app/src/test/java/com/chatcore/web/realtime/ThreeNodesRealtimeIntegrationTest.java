package com.chatcore.web.realtime;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.OtherNode;
import com.chatcore.support.Socket;
import com.chatcore.web.realtime.LiveChatApi.Agent;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frame reaches a socket on one node when the event was produced through another node, and nodes
 * started after the events replay them as they were. This test's context is node A; nodes B and C run
 * beside it in this JVM, on the same database.
 */
class ThreeNodesRealtimeIntegrationTest extends IntegrationTest {

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
    void framesCrossNodesAndNewNodesResumeAsThingsStoodThen() {
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

        try (ConfigurableApplicationContext nodeB = startNode("b");
             ConfigurableApplicationContext nodeC = startNode("c")) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("A", port);
            ports.put("B", portOf(nodeB));
            ports.put("C", portOf(nodeC));
            for (int other : List.of(ports.get("B"), ports.get("C"))) {
                resumeOn(other, first, taken, room, "antes");
                resumeOn(other, second, taken, room, "después");
            }
            // Nodes B and C project nothing now: their writes must still answer once node A's projections show them.
            stopProjections(nodeB.getBean(EventProcessingConfiguration.class));
            stopProjections(nodeC.getBean(EventProcessingConfiguration.class));
            reclaimProjectionsOnThisNode();
            answerThroughEveryNode(ports, room, second);
        } finally {
            reclaimProjectionsOnThisNode();
        }
    }

    /** A node started after these events: it still sends each message to the agent who held the chat then. */
    private void resumeOn(int nodePort, Agent agent, long after, String room, String expected) {
        List<String> messages = new ArrayList<>();
        try (Socket socket = Socket.open(nodePort,
                "/ws/my_chats/?token=" + agent.token() + "&last_event_id=" + after)) {
            for (JsonNode frame : socket.framesUntilPong()) {
                if (frame.get("type").asString().equals("guest_message")
                        && frame.get("room_id").asString().equals(room)) {
                    messages.add(frame.get("message").get("content").asString());
                }
            }
        }
        assertThat(messages).as("resumed on port %d", nodePort).containsExactly(expected);
    }

    /**
     * The agent answers through B, C, B again and A, while the guest listens on every node: whichever node
     * runs each command, and whatever its cached conversation missed, every answer is stored and reaches
     * every socket in order.
     */
    private void answerThroughEveryNode(Map<String, Integer> ports, String room, Agent agent) {
        List<Socket> guests = ports.values().stream()
                .map(nodePort -> Socket.open(nodePort, "/ws/guest_chat_" + chats.keyOf(room) + "/")).toList();
        try {
            guests.forEach(Socket::framesUntilPong);
            List<String> sentIds = new ArrayList<>();
            List<String> contents = new ArrayList<>();
            for (String node : List.of("B", "C", "B", "A")) {
                String content = "Respondo desde el nodo " + node + " (" + (contents.size() + 1) + ")";
                ApiClient.Response sent = chats.through(new ApiClient(ports.get(node))).agentSays(room, agent, content);
                sentIds.add(sent.json().get("id").asString());
                contents.add(content);
            }
            for (int i = 0; i < guests.size(); i++) {
                List<JsonNode> received = new ArrayList<>();
                for (int message = 0; message < sentIds.size(); message++) {
                    received.add(guests.get(i).next(f -> f.has("sender")).get("message"));
                }
                String where = "the guest's socket on node " + List.copyOf(ports.keySet()).get(i);
                assertThat(received).extracting(message -> message.get("id").asString()).as(where)
                        .containsExactlyElementsOf(sentIds);
                assertThat(received).extracting(message -> message.get("content").asString()).as(where)
                        .containsExactlyElementsOf(contents);
            }
        } finally {
            guests.forEach(Socket::close);
        }
    }

    private ConfigurableApplicationContext startNode(String name) {
        return OtherNode.start(dataSource, name, "--chat.projections.segments=4");
    }

    private static int portOf(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
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
     * Nodes B and C claimed some projection segments while they ran (scale-out at work). The other tests
     * share this node's context and expect its projections to run, so take the segments back before leaving.
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
