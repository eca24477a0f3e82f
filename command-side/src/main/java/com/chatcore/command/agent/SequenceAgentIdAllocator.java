package com.chatcore.command.agent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SequenceAgentIdAllocator implements AgentIdAllocator {

    private final JdbcTemplate jdbc;

    SequenceAgentIdAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next() {
        return jdbc.queryForObject("SELECT nextval('agent_id_seq')", Long.class);
    }
}
