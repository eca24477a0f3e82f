package com.chatcore.web.adminprojections;

import com.chatcore.api.AggregateIds;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.support.Accounts;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13: a poison event is parked while the projection goes on with other accounts, listed, retried after
 * the fix (and then projected), or evicted. The poison is a registration stored past the command side's
 * uniqueness check, whose username the users read model already holds (as in PoisonEventIntegrationTest).
 */
class DeadLettersIntegrationTest extends IntegrationTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aParkedEventIsListedAndRetriedAfterTheFix() {
        String taken = unique("poison");
        long takenId = accounts.register(taken).get("id").asLong();
        long forgedId = 1_000_000 + takenId;
        storePoison(forgedId, taken);

        String later = unique("after_poison");
        accounts.register(later);
        assertThat(accounts.login(later, Accounts.PASSWORD)).as("other accounts keep projecting").isNotBlank();

        JsonNode parked = parkedSoon(forgedId, accounts.auditorToken(unique("auditor")));
        assertThat(parked.get("event_type").asString()).isEqualTo("UserRegisteredEvent");
        assertThat(parked.get("aggregate_type").asString()).isEqualTo("User");
        assertThat(parked.get("sequence").asLong()).isZero();
        assertThat(parked.get("error").asString()).containsIgnoringCase("duplicate key");
        assertThat(parked.get("first_attempt").asString()).isNotBlank();
        assertThat(parked.get("last_attempt").asString()).isNotBlank();

        String root = accounts.superuserToken();
        ApiClient.Response failedAgain = api.post("/api/admin/dead-letters/users/retry", Map.of(), root);
        assertThat(failedAgain.status()).as(failedAgain.toString()).isEqualTo(200);
        assertThat(parked(forgedId, root)).as("still parked before the fix").isPresent();

        // The operator's fix: the account that holds the name in the read model gives it up.
        jdbc.update("UPDATE users SET username = username || '_old' WHERE id = ?", takenId);
        ApiClient.Response retried = api.post("/api/admin/dead-letters/users/retry", Map.of(), root);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().get("succeeded").asInt()).isPositive();
        assertThat(parked(forgedId, root)).as("gone from the queue").isEmpty();
        assertThat(jdbc.queryForObject("SELECT username FROM users WHERE id = ?", String.class, forgedId))
                .isEqualTo(taken);
    }

    @Test
    void aParkedEventCanBeEvictedAndUnknownOnesAreNotFound() {
        String taken = unique("evicted");
        long takenId = accounts.register(taken).get("id").asLong();
        long forgedId = 2_000_000 + takenId;
        storePoison(forgedId, taken);
        accounts.register(unique("after_poison"));
        String root = accounts.superuserToken();
        String id = parkedSoon(forgedId, root).get("id").asString();

        ApiClient.Response evicted = api.send(api.request("/api/admin/dead-letters/users/" + id, root).DELETE());
        assertThat(evicted.status()).as(evicted.toString()).isEqualTo(204);
        assertThat(parked(forgedId, root)).isEmpty();
        assertThat(api.send(api.request("/api/admin/dead-letters/users/" + id, root).DELETE()).status())
                .isEqualTo(404);
        assertThat(api.post("/api/admin/dead-letters/no-such-group/retry", Map.of(), root).status())
                .isEqualTo(404);
        assertThat(api.post("/api/admin/dead-letters/users/retry", Map.of(), accounts.auditorToken(
                unique("auditor"))).status()).isEqualTo(403);
    }

    private void storePoison(long forgedId, String takenName) {
        transactions.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>("User",
                AggregateIds.user(forgedId), 0, new UserRegisteredEvent(forgedId, takenName,
                forgedId + "@example.com", "$2a$10$forged", "", "", Role.USER))));
    }

    /** Parked once the processor's retry of the failed batch, each event in a savepoint, has run (about 1 s). */
    private JsonNode parkedSoon(long forgedId, String token) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> parked(forgedId, token), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<JsonNode> parked(long forgedId, String token) {
        ApiClient.Response list = api.get("/api/admin/dead-letters", token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().get("groups").valueStream()
                .filter(group -> group.get("group").asString().equals("users"))
                .flatMap(group -> group.get("events").valueStream())
                .filter(event -> AggregateIds.user(forgedId).equals(event.get("aggregate_id").asString()))
                .findFirst();
    }
}
