package com.chatcore.deadletters;

import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.support.IntegrationTest;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A poison event is parked in the dead-letter queue; the projection goes on with later events. */
class PoisonEventIntegrationTest extends IntegrationTest {

    @Autowired
    private EventGateway events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aProjectionFailureIsDeadLetteredAndLaterEventsStillProject() {
        String taken = unique("poison");
        long takenId = accounts.register(taken).get("id").asLong();
        long forgedId = 1_000_000 + takenId;
        // Bypasses the command side's uniqueness check: the users read model refuses the duplicate name.
        transactions.executeWithoutResult(status -> events.publish(new UserRegisteredEvent(forgedId, taken,
                "forged@example.com", "$2a$10$forged", "", "", Role.USER)));

        String later = unique("after_poison");
        accounts.register(later);
        String token = accounts.login(later, com.chatcore.support.Accounts.PASSWORD);

        assertThat(token).isNotBlank();
        List<Map<String, Object>> letters = jdbc.queryForList("""
                SELECT processing_group, cause_message FROM dead_letter_entry
                WHERE processing_group = 'users' AND convert_from(payload, 'UTF8') LIKE ?""",
                "%\"userId\":" + forgedId + ",%");
        assertThat(letters).hasSize(1);
        assertThat((String) letters.get(0).get("cause_message")).containsIgnoringCase("duplicate key");
    }
}
