package com.chatcore.web.socketio;

import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.SocketIoClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A Socket.IO connection whose token ends (logout) is told {@code token-expired} and disconnected. */
class SocketIoTokenWatchIntegrationTest extends IntegrationTest {

    @Autowired
    SocketIoTokenWatch watch;

    @Test
    void aLoggedOutAccountsConnectionIsToldAndDisconnected() {
        String token = accounts.userToken(unique("sio-logout"));
        String other = accounts.userToken(unique("sio-stays"));
        try (SocketIoClient leaving = SocketIoClient.connect(port, "/", token);
             SocketIoClient staying = SocketIoClient.connect(port, "/chat", "Token " + other)) {
            ApiClient.Response loggedOut = api.post("/api/auth/logout/", Map.of(), token);
            assertThat(loggedOut.status()).as(loggedOut.toString()).isLessThan(300);

            watch.recheck();

            assertThat(leaving.next("token-expired").data().get("message").asString())
                    .isEqualTo(ChatSockets.AUTH_FAILED);
            assertThat(leaving.next("disconnect")).isNotNull();
            assertThat(staying.poll("token-expired", Duration.ofMillis(300))).isNull();
        }
    }
}
