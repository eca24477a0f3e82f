package com.chatcore.config;

import com.chatcore.cluster.ClusterNode;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.OtherNode;
import com.chatcore.support.Socket;
import com.chatcore.web.realtime.LiveChatApi;
import org.axonframework.queryhandling.QueryGateway;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose event store polls only every 30 s still reads another node's event within moments: the
 * appending node's NOTIFY wakes it ({@link ClusterEventStore}). Seen through node B's real-time feed, which
 * reads the event store like its projections do.
 */
class AppendedElsewhereIntegrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    QueryGateway queries;
    @Autowired
    ClusterNode node;

    @Test
    void anotherNodesAppendWakesThisNodeWithoutWaitingForItsPoll() {
        LiveChatApi chats = new LiveChatApi(api, accounts, queries);
        LiveChatApi.Agent agent = chats.newAgent();
        String room = chats.openGuestChat();
        chats.take(room, agent);
        try (ConfigurableApplicationContext nodeB = startSlowPollingNodeB();
             Socket guest = Socket.open(((WebServerApplicationContext) nodeB).getWebServer().getPort(),
                     "/ws/guest_chat_" + chats.keyOf(room) + "/")) {
            guest.framesUntilPong();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(node::hasPeers);
            for (int i = 0; i < 3; i++) {
                // Sent through this node (A), which appends it: commands routed to B find nobody at B's
                // advertised address and run here.
                Instant sent = Instant.now();
                chats.agentSays(room, agent, "hola " + i);
                JsonNode frame = guest.next(f -> f.has("sender"));
                assertThat(frame.get("message").get("content").asString()).isEqualTo("hola " + i);
                assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
            }
        }
    }

    private ConfigurableApplicationContext startSlowPollingNodeB() {
        return OtherNode.start(dataSource, "b", "--chat.events.poll-interval=30s",
                "--chat.cluster.advertised-url=http://127.0.0.1:1");
    }
}
