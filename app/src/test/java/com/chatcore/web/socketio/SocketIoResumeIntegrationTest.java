package com.chatcore.web.socketio;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.SocketIoClient;
import com.chatcore.support.SupportSessions;
import com.chatcore.web.realtime.FeedHistory;
import com.chatcore.web.socketio.DirectChatParties.Member;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.chatcore.web.socketio.DirectChatParties.chatOf;
import static com.chatcore.web.socketio.DirectChatParties.member;
import static com.chatcore.web.socketio.DirectChatParties.ready;
import static com.chatcore.web.socketio.DirectChatParties.send;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Socket.IO client that reconnects with {@code auth.last_event_id} (or {@code ?last_event_id=}) gets, in order and
 * once, every push it missed for its account's rooms, then live pushes; every push carries {@code event_id}.
 */
class SocketIoResumeIntegrationTest extends IntegrationTest {

    static final List<String> NEW_MESSAGE_FIELDS = List.of("_id", "id", "chatId", "senderId", "receiverId",
            "content", "status", "createdAt", "updatedAt", "event_id");

    @Test
    void aReconnectingClientGetsTheMessagesItMissedInOrderThenLiveOnesNothingTwice() {
        Member buyer = member(accounts, "sio-resume-buyer");
        Member seller = member(accounts, "sio-resume-seller");
        String chatId = chatOf(api, buyer, seller);
        try (SocketIoClient sellerSocket = ready(SocketIoClient.connect(port, "/", "Bearer " + seller.token()))) {
            long seen;
            try (SocketIoClient buyerSocket = ready(SocketIoClient.connect(port, "/", "Bearer " + buyer.token()))) {
                send(sellerSocket, chatId, buyer, "uno");
                JsonNode first = buyerSocket.next("new_message").data();
                assertThat(first.propertyNames()).containsExactlyInAnyOrderElementsOf(NEW_MESSAGE_FIELDS);
                assertThat(first.get("content").asString()).isEqualTo("uno");
                seen = first.get("event_id").asLong();
            }
            send(sellerSocket, chatId, buyer, "dos");
            send(sellerSocket, chatId, buyer, "tres");

            try (SocketIoClient resumed = SocketIoClient.connect(port, "/",
                    Map.of("token", "Bearer " + buyer.token(), "last_event_id", seen), null, null)) {
                // Sent as the client reconnects: caught up or pushed live, it comes once, after the missed ones.
                send(sellerSocket, chatId, buyer, "cuatro");
                List<JsonNode> received = List.of(resumed.next("new_message").data(),
                        resumed.next("new_message").data(), resumed.next("new_message").data());
                send(sellerSocket, chatId, buyer, "cinco");
                JsonNode live = resumed.next("new_message").data();

                assertThat(received).extracting(message -> message.get("content").asString())
                        .containsExactly("dos", "tres", "cuatro");
                assertThat(live.get("content").asString()).isEqualTo("cinco");
                assertThat(live.propertyNames()).containsExactlyInAnyOrderElementsOf(NEW_MESSAGE_FIELDS);
                assertThat(List.of(seen, received.get(0).get("event_id").asLong(),
                        received.get(1).get("event_id").asLong(), received.get(2).get("event_id").asLong(),
                        live.get("event_id").asLong())).isSorted().doesNotHaveDuplicates();
                assertThat(resumed.poll("new_message", Duration.ofMillis(500))).isNull();
            }
        }
    }

    @Test
    void aClientWithoutLastEventIdGetsLivePushesOnly() {
        Member buyer = member(accounts, "sio-fresh-buyer");
        Member seller = member(accounts, "sio-fresh-seller");
        String chatId = chatOf(api, buyer, seller);
        try (SocketIoClient sellerSocket = ready(SocketIoClient.connect(port, "/", seller.token()))) {
            send(sellerSocket, chatId, buyer, "antes");
            // Pushed (pushes go out in order, on one thread) before the buyer connects: stored is not yet pushed.
            assertThat(sellerSocket.next("new_message").data().get("content").asString()).isEqualTo("antes");
            try (SocketIoClient buyerSocket = ready(SocketIoClient.connect(port, "/", "Bearer " + buyer.token()))) {
                send(sellerSocket, chatId, buyer, "después");
                JsonNode live = buyerSocket.next("new_message").data();
                assertThat(live.get("content").asString()).isEqualTo("después");
                assertThat(live.get("event_id").isIntegralNumber()).isTrue();
                assertThat(buyerSocket.poll("new_message", Duration.ofMillis(500))).isNull();
            }
        }
    }

    @Test
    void aLastEventIdBeyondTheResumeWindowGetsTheErrorThenLivePushes() {
        Member buyer = member(accounts, "sio-old-buyer");
        Member seller = member(accounts, "sio-old-seller");
        String chatId = chatOf(api, buyer, seller);
        try (SocketIoClient sellerSocket = ready(SocketIoClient.connect(port, "/", seller.token()))) {
            long latest;
            try (SocketIoClient buyerSocket = ready(SocketIoClient.connect(port, "/", buyer.token()))) {
                send(sellerSocket, chatId, buyer, "hola");
                latest = buyerSocket.next("new_message").data().get("event_id").asLong();
            }
            try (SocketIoClient resumed = SocketIoClient.connect(port, "/", Map.of("token", buyer.token(),
                    "last_event_id", Long.toString(latest - FeedHistory.RESUME_WINDOW - 1)), null, null)) {
                assertThat(resumed.next("error").data().get("message").asString())
                        .isEqualTo("resume window exceeded");
                send(sellerSocket, chatId, buyer, "en vivo");
                assertThat(resumed.next("new_message").data().get("content").asString()).isEqualTo("en vivo");
                assertThat(resumed.poll("new_message", Duration.ofMillis(500))).isNull();
            }
        }
    }

    @Test
    void anAgentCatchesUpOnTheSupportDesksPushes() {
        String agent = accounts.agentToken(unique("sio-resume-agent"));
        String first = accounts.userToken(unique("sio-resume-first"));
        String second = accounts.userToken(unique("sio-resume-second"));
        long seen;
        String firstSession;
        try (SocketIoClient agentSocket = ready(SocketIoClient.connect(port, "/chat", agent))) {
            firstSession = SupportSessions.open(api, first);
            JsonNode pending = agentSocket.next("new-pending-session").data();
            assertThat(pending.propertyNames()).containsExactlyInAnyOrder("id", "sessionId", "userId", "status",
                    "createdAt", "lastMessageAt", "messages", "user", "event_id");
            assertThat(pending.get("sessionId").asString()).isEqualTo(firstSession);
            seen = pending.get("event_id").asLong();
        }
        ApiClient.Response sent = api.post("/api/chat/message", Map.of("message", "¿hay alguien?"), first);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        String secondSession = SupportSessions.open(api, second);

        try (SocketIoClient resumed = SocketIoClient.connect(port, "/chat", Map.of("token", agent,
                "last_event_id", seen), null, new String[] {"websocket"})) {
            JsonNode userMessage = resumed.next("new-user-message").data();
            assertThat(userMessage.get("sessionId").asString()).isEqualTo(firstSession);
            assertThat(userMessage.get("message").get("message").asString()).isEqualTo("¿hay alguien?");
            assertThat(userMessage.get("event_id").asLong()).isGreaterThan(seen);
            JsonNode pending = resumed.next("new-pending-session").data();
            assertThat(pending.get("sessionId").asString()).isEqualTo(secondSession);
            assertThat(pending.get("event_id").asLong()).isGreaterThan(userMessage.get("event_id").asLong());
        }
    }
}
