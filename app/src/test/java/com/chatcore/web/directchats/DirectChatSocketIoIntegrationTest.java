package com.chatcore.web.directchats;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.SocketIoClient;
import com.chatcore.web.directchats.DirectChatsApi.Member;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 002's Socket.IO events as its public client (Santhurt/mercado-virtual) speaks them, with a real Socket.IO
 * client: {@code auth: {token: "Bearer <jwt>"}}, join_chat, send_message, typing, message_seen.
 */
class DirectChatSocketIoIntegrationTest extends IntegrationTest {

    @Test
    void participantsJoinSendAndSeeMessagesStoredAsEventsOfTheChat() {
        DirectChatsApi chats = new DirectChatsApi(api, accounts);
        Member buyer = chats.member("sio-buyer");
        Member seller = chats.member("sio-seller");
        String chatId = chats.chatOf(buyer, seller).get("_id").asString();
        try (SocketIoClient mine = SocketIoClient.connect(port, "/", "Bearer " + buyer.token());
             SocketIoClient theirs = SocketIoClient.connect(port, "/", seller.token())) {
            // Two connections, two server threads: typing reaches only those whose join was handled before it.
            mine.awaitAnswer("join_chat", Map.of("chatId", chatId));
            theirs.awaitAnswer("join_chat", Map.of("chatId", chatId));
            theirs.emit("typing", Map.of("chatId", chatId, "isTyping", true));
            JsonNode typing = mine.next("user_typing").data();
            assertThat(typing.get("chatId").asString()).isEqualTo(chatId);
            assertThat(typing.get("userId").asString()).isEqualTo(seller.idText());
            assertThat(typing.get("userName").asString()).isEqualTo(seller.username());
            assertThat(typing.get("isTyping").asBoolean()).isTrue();

            mine.emit("send_message", Map.of("chatId", chatId, "receiverId", seller.idText(),
                    "content", "¿Sigue disponible?"));
            JsonNode delivered = mine.next("message_delivered").data();
            assertThat(delivered.propertyNames()).as("an answer, not a push").containsExactlyInAnyOrder("messageId",
                    "status");
            String messageId = delivered.get("messageId").asString();
            JsonNode toMe = mine.next("new_message").data();
            JsonNode toThem = theirs.next("new_message").data();
            for (JsonNode message : List.of(toMe, toThem)) {
                assertThat(message.get("_id").asString()).isEqualTo(messageId);
                assertThat(message.get("chatId").asString()).isEqualTo(chatId);
                assertThat(message.get("content").asString()).isEqualTo("¿Sigue disponible?");
                assertThat(message.get("senderId").get("_id").asString()).isEqualTo(buyer.idText());
                assertThat(message.get("senderId").get("fullName").asString()).isEqualTo(buyer.username());
                assertThat(message.get("senderId").has("profileImage")).isTrue();
                assertThat(message.get("receiverId").asString()).isEqualTo(seller.idText());
                assertThat(message.get("createdAt").asString()).matches(DirectChatsApi.JS_TIME);
                assertThat(message.propertyNames()).containsExactlyInAnyOrder("_id", "id", "chatId", "senderId",
                        "receiverId", "content", "status", "createdAt", "updatedAt", "event_id");
            }
            assertThat(toMe.get("event_id")).isEqualTo(toThem.get("event_id"));

            JsonNode chat = chats.get("/" + chatId, seller.token()).json().get("data");
            assertThat(chat.get("lastMessage").get("text").asString()).isEqualTo("¿Sigue disponible?");
            assertThat(chat.get("lastMessage").get("sender").asString()).isEqualTo(buyer.idText());
            assertThat(chat.get("lastMessage").get("timestamp").asString()).matches(DirectChatsApi.JS_TIME);

            theirs.emit("message_seen", Map.of("chatId", chatId, "messageIds", List.of(messageId)));
            JsonNode seen = mine.next("messages_marked_seen").data();
            assertThat(seen.get("chatId").asString()).isEqualTo(chatId);
            assertThat(seen.get("messageIds").get(0).asString()).isEqualTo(messageId);
            assertThat(seen.propertyNames()).containsExactlyInAnyOrder("chatId", "messageIds", "userId", "event_id");
            assertThat(seen.get("event_id").asLong()).isGreaterThan(toMe.get("event_id").asLong());

            mine.emit("send_message", Map.of("chatId", chatId, "receiverId", seller.idText(), "content", "  "));
            assertThat(mine.next("error").data().get("message").asString())
                    .isEqualTo(DirectChatSockets.CONTENT_REQUIRED);
        }
        String auditor = accounts.auditorToken(unique("sio-auditor"));
        ApiClient.Response history = api.get("/api/audit/conversations/" + chatId + "/events", auditor);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.json().get("results").valueStream().map(e -> e.get("type").asString()).toList())
                .containsExactly("DirectChatCreatedEvent", "DirectMessageSentEvent", "LastMessageChangedEvent",
                        "DirectMessagesSeenEvent");
        JsonNode sent = history.json().get("results").get(1);
        assertThat(sent.get("actor").get("id").asLong()).isEqualTo(buyer.id());
    }

    @Test
    void someoneOutsideTheChatCannotJoinOrSendToIt() {
        DirectChatsApi chats = new DirectChatsApi(api, accounts);
        Member buyer = chats.member("sio-b");
        Member seller = chats.member("sio-s");
        Member stranger = chats.member("sio-x");
        String chatId = chats.chatOf(buyer, seller).get("_id").asString();
        try (SocketIoClient buyerSocket = SocketIoClient.connect(port, "/", buyer.token());
             SocketIoClient intruder = SocketIoClient.connect(port, "/", "Bearer " + stranger.token(),
                     new String[] {"websocket"})) {
            intruder.emit("join_chat", Map.of("chatId", chatId));
            assertThat(intruder.next("error").data().get("message").asString())
                    .isEqualTo(DirectChatMessages.NOT_A_PARTICIPANT);
            intruder.emit("send_message", Map.of("chatId", chatId, "receiverId", buyer.idText(), "content", "hola"));
            assertThat(intruder.next("error").data().get("message").asString())
                    .isEqualTo(DirectChatMessages.NOT_A_PARTICIPANT);
            intruder.emit("join_chat", Map.of("chatId", DirectChatsApi.UNKNOWN_CHAT));
            assertThat(intruder.next("error").data().get("message").asString())
                    .isEqualTo(DirectChatMessages.CHAT_NOT_FOUND);
            assertThat(buyerSocket.poll("new_message", Duration.ofMillis(500))).isNull();
        }
        assertThat(chats.get("/" + chatId, buyer.token()).json().get("data").get("lastMessage").isNull()).isTrue();
    }
}
