package com.chatcore.command.crm;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SequenceCrmChatIds implements CrmChatIds {

    private final JdbcTemplate jdbc;

    SequenceCrmChatIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next() {
        return jdbc.queryForObject("SELECT nextval('crm_chat_id_seq')", Long.class);
    }
}
