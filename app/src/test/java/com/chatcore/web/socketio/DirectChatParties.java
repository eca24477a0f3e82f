package com.chatcore.web.socketio;

import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.SocketIoClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 002 users and their direct chat, for the Socket.IO tests of this package. */
final class DirectChatParties {

    /** A registered USER: its id and a token. */
    record Member(long id, String token) {
    }

    private DirectChatParties() {
    }

    static Member member(Accounts accounts, String prefix) {
        String username = IntegrationTest.unique(prefix);
        long id = accounts.register(username).get("id").asLong();
        return new Member(id, accounts.login(username, Accounts.PASSWORD));
    }

    /** Opens the chat of these two and answers its id. */
    static String chatOf(ApiClient api, Member first, Member second) {
        ApiClient.Response created = api.post("/api/chats", Map.of("participants",
                List.of(Long.toString(first.id()), Long.toString(second.id()))), first.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("data").get("_id").asString();
    }

    /** The connection once the server listens to it and has it in its rooms ({@link SocketIoClient#awaitAnswer}). */
    static SocketIoClient ready(SocketIoClient connection) {
        connection.awaitAnswer("leave_chat", Map.of());
        return connection;
    }

    /** Sends through the sender's Socket.IO connection (seed 002 sends messages no other way); waits till stored. */
    static void send(SocketIoClient from, String chatId, Member to, String content) {
        from.emit("send_message", Map.of("chatId", chatId, "receiverId", Long.toString(to.id()), "content", content));
        assertThat(from.next("message_delivered").data().get("status").asString()).isEqualTo("delivered");
    }
}
