package com.chatcore.config;

import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.support.ApiClient;
import com.chatcore.support.IntegrationTest;
import com.chatcore.web.realtime.LiveChatApi;
import com.chatcore.web.realtime.LiveChatApi.Agent;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's own SQL (an agent's workload, reserved when it takes a chat) commits with its events or not
 * at all: a unit of work that fails after the handler ran leaves nothing behind.
 */
class CommandTransactionIntegrationTest extends IntegrationTest {

    @Autowired
    @Qualifier("localSegment")
    CommandBus localSegment;
    @Autowired
    DataSource dataSource;
    @Autowired
    QueryGateway queries;

    @Test
    void aTakeThatFailsAfterItsHandlerReservesNothing() {
        LiveChatApi chats = new LiveChatApi(api, accounts, queries);
        Agent agent = chats.newAgent();
        String room = chats.openGuestChat();
        try (Registration failing = localSegment.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getPayload() instanceof TakeChatCommand take
                    && take.chatRoomId().equals(room)) {
                throw new IllegalStateException("fails after the handler, before the commit");
            }
            return result;
        })) {
            ApiClient.Response take = api.post("/api/chat-rooms/" + room + "/take_chat/", "", agent.token());
            assertThat(take.status()).as(take.toString()).isEqualTo(500);
        }
        assertThat(activeChats(agent)).as("the reservation rolled back with the take").isZero();
        assertThat(eventsOf(room, "ChatTakenEvent")).isZero();

        chats.take(room, agent);
        assertThat(activeChats(agent)).isEqualTo(1);
        assertThat(eventsOf(room, "ChatTakenEvent")).isEqualTo(1);
    }

    private int activeChats(Agent agent) {
        return new JdbcTemplate(dataSource).queryForObject(
                "SELECT active_chats FROM agent_workload WHERE agent_id = ?", Integer.class, agent.id());
    }

    private int eventsOf(String room, String type) {
        return new JdbcTemplate(dataSource).queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE ?""",
                Integer.class, room, "%." + type);
    }
}
