package com.chatcore.command.guest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class SequenceChatUserIds implements ChatUserIds {

    private final JdbcTemplate jdbc;

    SequenceChatUserIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next() {
        return jdbc.queryForObject("SELECT nextval('chat_user_id_seq')", Long.class);
    }
}
