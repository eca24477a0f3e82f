package com.chatcore.query.signals;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's {@code NOTIFY} as the nodes use it to tell each other things: sent within the caller's
 * transaction (PostgreSQL delivers it when, and only if, that commits), its payload a list of lines.
 */
public final class PgNotify {

    /** PostgreSQL refuses a notification payload of 8,000 bytes or more. */
    public static final int MAX_PAYLOAD = 7_000;
    /** Between the items of one payload. */
    public static final String LINE = "\n";

    private PgNotify() {
    }

    public static void send(JdbcTemplate jdbc, String channel, String payload) {
        jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, channel, payload);
    }
}
