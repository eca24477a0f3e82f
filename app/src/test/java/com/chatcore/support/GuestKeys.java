package com.chatcore.support;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Opens a guest chat over HTTP, as the public client does, and keeps the key complete_chat hands out. */
public final class GuestKeys {

    private GuestKeys() {
    }

    /** The guest's key (chat_room_id returned by complete_chat) of a new waiting chat. */
    public static String open(ApiClient api, String fullName) {
        ApiClient.Response started = api.post("/api/chat/start_chat/", Map.of("initial_message", "Hola"), null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        ApiClient.Response completed = api.post("/api/chat/complete_chat/", Map.of(
                "session_id", started.json().get("session_id").asString(), "full_name", fullName,
                "email", IntegrationTest.unique("guest") + "@example.com", "phone_number", "+34600000000"), null);
        assertThat(completed.status()).as(completed.toString()).isEqualTo(201);
        return completed.json().get("chat_room_id").asString();
    }
}
