package com.chatcore.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract check itself: it must refuse what the document does not allow, or it proves nothing. */
class ApiContractIntegrationTest extends IntegrationTest {

    private static final String UNREAD = "/api/messages/unread_count/";

    @Test
    void aBodyOfTheDocumentedShapePasses() {
        assertThat(problems("GET", UNREAD, 200, "{\"unread_count\": 3}")).isEmpty();
    }

    @Test
    void aWrongTypeAnUndocumentedStatusAndAnUnknownEnumValueAreRefused() {
        assertThat(problems("GET", UNREAD, 200, "{\"unread_count\": \"tres\"}")).isNotEmpty();
        assertThat(problems("GET", UNREAD, 418, "{\"detail\": \"té\"}")).isNotEmpty();
        assertThat(problems("GET", "/api/chat-rooms/waiting_chats/", 200,
                "{\"count\": 1, \"chats\": [{\"id\": \"x\", \"priority\": \"whenever\"}]}")).isNotEmpty();
    }

    @Test
    void nullIsAllowedWhereTheDocumentSaysNullableOnly() {
        assertThat(problems("POST", "/api/auth/login/", 200, "{\"token\": \"t\", \"user\": null, \"agent\": null}"))
                .isEmpty();
        assertThat(problems("GET", UNREAD, 200, "{\"unread_count\": null}")).as("a primitive count").isNotEmpty();
    }

    private java.util.List<String> problems(String method, String path, int status, String body) {
        return ApiContract.problemsWith("http://localhost:" + port, method, path, status, body);
    }
}
