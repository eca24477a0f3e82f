package com.chatcore.query.livechat;

import com.chatcore.api.conversation.ChatRoomPage;
import com.chatcore.api.conversation.ChatRoomView;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.FindAllSupportSessionsQuery;
import com.chatcore.api.conversation.FindSupportStatsQuery;
import com.chatcore.api.conversation.SupportStatsView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** Seed 001's support desk: every account's sessions, and the figures of its dashboard. */
@Component
class SupportDeskQueries {

    private final LiveChatReads reads;
    private final JdbcTemplate jdbc;

    SupportDeskQueries(LiveChatReads reads, JdbcTemplate jdbc) {
        this.reads = reads;
        this.jdbc = jdbc;
    }

    @QueryHandler
    ChatRoomPage handle(FindAllSupportSessionsQuery query) {
        String where = "WHERE c.channel = 'SUPPORT'";
        List<Object> args = new ArrayList<>();
        if (query.statuses() != null && !query.statuses().isEmpty()) {
            where += " AND c.status = ANY (?)";
            args.add(query.statuses().stream().map(ChatStatus::name).toArray(String[]::new));
        }
        long total = reads.count(where, args.toArray());
        args.add(query.pageSize());
        args.add((long) (query.page() - 1) * query.pageSize());
        List<ChatRoomView> sessions = reads.rooms(where + " ORDER BY c.created_at DESC, c.id LIMIT ? OFFSET ?",
                args.toArray());
        return new ChatRoomPage(sessions, total);
    }

    @QueryHandler
    SupportStatsView handle(FindSupportStatsQuery query) {
        return jdbc.queryForObject("""
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE c.status = 'ACTIVE') AS active,
                       count(*) FILTER (WHERE c.status = 'WAITING') AS pending,
                       count(*) FILTER (WHERE c.status IN ('RESOLVED', 'CLOSED')) AS closed,
                       avg(EXTRACT(EPOCH FROM (
                           SELECT min(m.created_at) FROM chat_messages m
                           WHERE m.chat_room_id = c.id AND m.sender_type = 'AGENT') - c.created_at)) AS first_response,
                       count(*) FILTER (WHERE c.created_at >= ?) AS today,
                       count(*) FILTER (WHERE c.created_at >= ?) AS week,
                       count(*) FILTER (WHERE c.created_at >= ?) AS month
                FROM chat_rooms c WHERE c.channel = 'SUPPORT'""",
                (row, index) -> new SupportStatsView(row.getLong("total"), row.getLong("active"),
                        row.getLong("pending"), row.getLong("closed"),
                        row.getObject("first_response") == null ? null : row.getDouble("first_response"),
                        row.getLong("today"), row.getLong("week"), row.getLong("month")),
                Timestamp.from(query.startOfDay()), Timestamp.from(query.startOfWeek()),
                Timestamp.from(query.startOfMonth()));
    }
}
