package com.chatcore.command.crm;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SequenceCrmClientIds implements CrmClientIds {

    private final JdbcTemplate jdbc;

    SequenceCrmClientIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next() {
        return jdbc.queryForObject("SELECT nextval('crm_client_id_seq')", Long.class);
    }
}
