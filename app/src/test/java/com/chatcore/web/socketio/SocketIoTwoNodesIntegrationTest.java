package com.chatcore.web.socketio;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.OtherNode;
import com.chatcore.support.SocketIoClient;
import com.chatcore.web.socketio.DirectChatParties.Member;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.chatcore.web.socketio.DirectChatParties.chatOf;
import static com.chatcore.web.socketio.DirectChatParties.member;
import static com.chatcore.web.socketio.DirectChatParties.ready;
import static com.chatcore.web.socketio.DirectChatParties.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Socket.IO pushes come from each node's event feed: a message stored through node A reaches a Socket.IO client
 * connected to node B, and a client resumes on either node (this test's context is node A; node B runs beside it in
 * this JVM, on the same database).
 */
class SocketIoTwoNodesIntegrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void aMessageSentThroughOneNodeReachesSocketsOnAnother() {
        String user = accounts.userToken(unique("sio-node-user"));
        String session = api.send(api.request("/api/chat/session", user)
                .method("POST", HttpRequest.BodyPublishers.noBody())).json().get("data").get("id").asString();
        try (ConfigurableApplicationContext nodeB = OtherNode.start(dataSource, "b", "--chat.projections.segments=4")) {
            int portB = OtherNode.portOf(nodeB);
            try (SocketIoClient onB = SocketIoClient.connect(portB, "/", user)) {
                onB.emit("join-session", Map.of("sessionId", session));
                onB.next("session-joined");
                ApiClient.Response sent = api.post("/api/chat/message", Map.of("message", "por el nodo A"), user);
                assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
                JsonNode message = onB.next("new-message").data();
                assertThat(message.get("message").asString()).isEqualTo("por el nodo A");
                assertThat(message.get("id").asString()).isEqualTo(sent.json().get("data").get("id").asString());
            }
        } finally {
            reclaimProjectionsOnThisNode();
        }
    }

    /**
     * A client that saw a push on node A and reconnects to node B with {@code ?last_event_id=} gets there what it
     * missed, then live pushes: node B starts after the missed messages, so they come from what its feed read
     * before going live.
     */
    @Test
    void aClientResumesOnAnotherNode() {
        Member buyer = member(accounts, "sio-hop-buyer");
        Member seller = member(accounts, "sio-hop-seller");
        String chatId = chatOf(api, buyer, seller);
        try (SocketIoClient sellerOnA = ready(SocketIoClient.connect(port, "/", seller.token()))) {
            long seen;
            try (SocketIoClient buyerOnA = ready(SocketIoClient.connect(port, "/", "Bearer " + buyer.token()))) {
                send(sellerOnA, chatId, buyer, "uno");
                seen = buyerOnA.next("new_message").data().get("event_id").asLong();
            }
            send(sellerOnA, chatId, buyer, "dos");
            send(sellerOnA, chatId, buyer, "tres");
            try (ConfigurableApplicationContext nodeB = OtherNode.start(dataSource, "b",
                    "--chat.projections.segments=4");
                 SocketIoClient buyerOnB = SocketIoClient.connect(OtherNode.portOf(nodeB), "/",
                         Map.of("token", "Bearer " + buyer.token()), "last_event_id=" + seen, null)) {
                JsonNode dos = buyerOnB.next("new_message").data();
                JsonNode tres = buyerOnB.next("new_message").data();
                send(sellerOnA, chatId, buyer, "cuatro");
                JsonNode cuatro = buyerOnB.next("new_message").data();

                assertThat(List.of(dos, tres, cuatro)).extracting(message -> message.get("content").asString())
                        .containsExactly("dos", "tres", "cuatro");
                assertThat(List.of(seen, dos.get("event_id").asLong(), tres.get("event_id").asLong(),
                        cuatro.get("event_id").asLong())).isSorted().doesNotHaveDuplicates();
                assertThat(buyerOnB.poll("new_message", Duration.ofMillis(500))).isNull();
            }
        } finally {
            reclaimProjectionsOnThisNode();
        }
    }

    /** Node B claimed some projection segments while it ran; the other tests share this node's context. */
    private void reclaimProjectionsOnThisNode() {
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .forEach(processor -> {
                    processor.shutDown();
                    processor.start();
                    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> holdsEverySegment(processor));
                });
    }

    private boolean holdsEverySegment(StreamingEventProcessor processor) {
        Integer segments = new JdbcTemplate(dataSource).queryForObject(
                "SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class, processor.getName());
        return segments != null && processor.processingStatus().size() == segments;
    }
}
