package com.chatcore.query.events;

import com.chatcore.api.events.FindEventPositionQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Where an event sits in the event store: for readers whose stream token does not say it. */
@Component
class EventPositions {

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<Long> position(FindEventPositionQuery query) {
        return jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, query.eventIdentifier()).stream().findFirst();
    }
}
