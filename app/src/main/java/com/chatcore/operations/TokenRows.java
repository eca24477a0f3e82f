package com.chatcore.operations;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The projections' claims and positions as {@code token_entry} holds them (Flyway's V1 names), so that the
 * segments other nodes hold show too, with the event store's head and the age of the oldest event a segment
 * has not handled yet.
 */
@Component
class TokenRows {

    /** One segment's row: its token deserialized as the token store does it (null before the first event). */
    record Row(String processor, int segment, TrackingToken token, String owner) {

        Long position() {
            if (token == null) {
                return null;
            }
            OptionalLong position = token.position();
            return position.isPresent() ? position.getAsLong() : null;
        }

        /**
         * Still behind the position the reset found. Axon keeps a {@link ReplayToken} until the first event past
         * that position arrives, so a segment that has caught up with an idle store is no longer replaying.
         */
        boolean replaying() {
            if (!ReplayToken.isReplay(token)) {
                return false;
            }
            OptionalLong atReset = ReplayToken.getTokenAtReset(token);
            Long position = position();
            return atReset.isPresent() && (position == null || position < atReset.getAsLong());
        }

        /** Percent of the way from the start of the replay to where the reset found the segment. */
        Double replayProgress() {
            if (!replaying()) {
                return null;
            }
            long atReset = ReplayToken.getTokenAtReset(token).orElse(0);
            Long position = position();
            if (atReset <= 0) {
                return 100.0;
            }
            double done = position == null ? 0 : Math.max(0, position) * 100.0 / atReset;
            return Math.min(100.0, Math.round(done * 10) / 10.0);
        }
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    TokenRows(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<Row> all() {
        return jdbc.query("SELECT processor_name, segment, token, token_type, owner FROM token_entry"
                + " ORDER BY processor_name, segment", (row, index) -> {
                    byte[] token = row.getBytes("token");
                    String type = row.getString("token_type");
                    TrackingToken deserialized = token == null || type == null ? null : serializer.deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, type, null));
                    return new Row(row.getString("processor_name"), row.getInt("segment"), deserialized,
                            row.getString("owner"));
                });
    }

    Long head() {
        return jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
    }

    Instant timestampOf(long globalIndex) {
        return jdbc.queryForList("SELECT time_stamp FROM domain_event_entry WHERE global_index = ?", String.class,
                globalIndex).stream().findFirst().map(Instant::parse).orElse(null);
    }

    /** When the oldest event past {@code position} was stored: how long the segment has kept it waiting. */
    Instant firstAfter(Long position) {
        return jdbc.queryForList("SELECT time_stamp FROM domain_event_entry WHERE global_index > ?"
                + " ORDER BY global_index LIMIT 1", String.class, position == null ? -1 : position).stream()
                .findFirst().map(Instant::parse).orElse(null);
    }
}
