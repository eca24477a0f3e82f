package com.chatcore.web.realtime;

import com.chatcore.ChatApplication;
import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A frame reaches a socket on one node when the event was produced through another node. */
class TwoNodesRealtimeIntegrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aGuestOnNodeAHearsAnAgentWhoAnsweredThroughNodeB() {
        String username = unique("rt_agent");
        long agentId = accounts.createAgent(username, 5).get("id").asLong();
        RealtimeIntegrationTest.Agent agent = new RealtimeIntegrationTest.Agent(agentId,
                accounts.login(username, Accounts.PASSWORD));
        String room = RealtimeIntegrationTest.openGuestChat(api);
        ApiClient.Response taken = api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent.token());
        assertThat(taken.status()).as(taken.toString()).isEqualTo(200);

        try {
            answerThroughNodeB(room, agent);
        } finally {
            reclaimProjectionsOnThisNode();
        }
    }

    private void answerThroughNodeB(String room, RealtimeIntegrationTest.Agent agent) {
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(ChatApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--spring.datasource.username=postgres",
                "--chat.jwt.secret=integration-tests-secret-of-at-least-32-bytes!",
                "--chat.data-dir=" + Path.of("target", "it-data", "node-b-" + UUID.randomUUID()));
             Socket guest = Socket.open(port, "/ws/guest_chat_" + room + "/")) {
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            ApiClient.Response sent = RealtimeIntegrationTest.agentSays(new ApiClient(portB), room, agent,
                    "Respondo desde el nodo B");

            JsonNode frame = guest.next(f -> f.has("sender"));
            assertThat(frame.get("message").get("id").asString()).isEqualTo(sent.json().get("id").asString());
            assertThat(frame.get("message").get("content").asString()).isEqualTo("Respondo desde el nodo B");
        }
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
                            .until(() -> !processor.processingStatus().isEmpty());
                });
    }
}
