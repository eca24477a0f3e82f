package com.chatcore.web.adminprojections;

import com.chatcore.support.ApiClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Waits, through the list route, until a replayed projection is running again at the event store's head. */
final class ReplayWait {

    private ReplayWait() {
    }

    static void untilCaughtUp(ApiClient api, String token, String name) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode projection = null;
        while (Instant.now().isBefore(deadline)) {
            ApiClient.Response answer = api.get("/api/admin/projections", token);
            // 401 while the users read model is rebuilt: tokens are checked against it (README, "Operating the
            // read models"); 503 when the pool is busy with the rebuild.
            if (answer.status() == 401 && name.equals("users") || answer.status() == 503) {
                pause();
                continue;
            }
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode list = answer.json();
            projection = ProjectionsIntegrationTest.projection(list, name);
            long head = list.get("head").asLong();
            if (projection.get("state").asString().equals("running") && projection.get("segments").valueStream()
                    .allMatch(s -> !s.get("replaying").asBoolean() && s.get("position").asLong() >= head)) {
                return;
            }
            pause();
        }
        fail("projection %s did not catch up after its replay: %s", name, projection);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
