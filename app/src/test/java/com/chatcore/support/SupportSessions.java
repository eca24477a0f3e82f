package com.chatcore.support;

import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 001's support sessions as its client opens them: {@code POST /api/chat/session}, no body. */
public final class SupportSessions {

    private SupportSessions() {
    }

    /** Opens the account's session: its id. */
    public static String open(ApiClient api, String token) {
        ApiClient.Response created = api.send(api.request("/api/chat/session", token)
                .method("POST", HttpRequest.BodyPublishers.noBody()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("data").get("id").asString();
    }
}
