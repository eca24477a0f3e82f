package com.chatcore.query.analytics;

import com.chatcore.api.analytics.AnalyticsSummaryView;
import com.chatcore.api.analytics.DurationStatsView;
import com.chatcore.api.analytics.FindAnalyticsSummaryQuery;
import com.chatcore.api.analytics.FindResponseTimesQuery;
import com.chatcore.api.analytics.ResponseTimeGroupView;
import com.chatcore.api.analytics.ResponseTimeGrouping;
import com.chatcore.api.analytics.ResponseTimesView;
import com.chatcore.api.analytics.SummaryFiguresView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The analysts' figures, computed by PostgreSQL from the analytics read model (averages, {@code percentile_cont}),
 * over the conversations that started in the window asked for.
 */
@Component
class AnalyticsQueries {

    private static final String DAY = "to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
    private static final String SECONDS = "EXTRACT(EPOCH FROM %s)::float8";
    /** Only the conversations the agent was assigned. */
    private static final String TAKEN_PART = " AND EXISTS (SELECT 1 FROM analytics_conversation_agents p"
            + " WHERE p.conversation_id = c.conversation_id AND p.agent_id = ?)";
    /** Each duration with its conversation's day and channel and the agent it is counted for. */
    private static final String FACTS = """
            WITH conv AS (
                SELECT c.*, %1$s AS day FROM analytics_conversations c WHERE c.created_at >= ? AND c.created_at < ?
            ), facts AS (
                SELECT 'waiting' AS metric, day, channel, first_agent_id AS agent_id,
                       %2$s AS seconds FROM conv WHERE taken_at IS NOT NULL
                UNION ALL
                SELECT 'first_response', day, channel, first_response_agent_id,
                       %3$s FROM conv WHERE first_response_at IS NOT NULL
                UNION ALL
                SELECT 'reply', c.day, c.channel, r.agent_id,
                       %4$s FROM analytics_replies r JOIN conv c ON c.conversation_id = r.conversation_id
                WHERE r.replied_at IS NOT NULL
                UNION ALL
                SELECT 'resolution', day, channel, resolved_agent_id,
                       %5$s FROM conv WHERE resolved_at IS NOT NULL
            )
            """.formatted(DAY, SECONDS.formatted("taken_at - created_at"),
            SECONDS.formatted("first_response_at - created_at"), SECONDS.formatted("r.replied_at - r.asked_at"),
            SECONDS.formatted("resolved_at - created_at"));

    private final JdbcTemplate jdbc;

    AnalyticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    ResponseTimesView handle(FindResponseTimesQuery query) {
        String group = switch (query.groupBy()) {
            case DAY -> "day";
            case CHANNEL -> "channel";
            case AGENT -> "agent_id::text";
        };
        List<Object> args = new ArrayList<>(List.of(ts(query.from()), ts(query.to())));
        String where = "";
        if (query.agentId() != null) {
            where = "WHERE agent_id = ?";
            args.add(query.agentId());
        } else if (query.groupBy() == ResponseTimeGrouping.AGENT) {
            where = "WHERE agent_id IS NOT NULL";
        }
        Map<String, Map<String, DurationStatsView>> stats = new HashMap<>();
        jdbc.query(FACTS + """
                SELECT %s AS grp, metric, count(*) AS n, avg(seconds) AS mean,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                FROM facts %s GROUP BY grp, metric""".formatted(group, where), (ResultSet row) -> {
            stats.computeIfAbsent(row.getString("grp"), g -> new HashMap<>()).put(row.getString("metric"),
                    new DurationStatsView(row.getLong("n"), number(row, "mean"), number(row, "median"),
                            number(row, "p90")));
        }, args.toArray());

        Map<String, Long> conversations = conversations(query);
        Comparator<String> order = query.groupBy() == ResponseTimeGrouping.AGENT
                ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder();
        Map<String, ResponseTimeGroupView> groups = new TreeMap<>(order);
        for (String key : union(stats.keySet(), conversations.keySet())) {
            Map<String, DurationStatsView> metrics = stats.getOrDefault(key, Map.of());
            groups.put(key, new ResponseTimeGroupView(key, conversations.getOrDefault(key, 0L),
                    metrics.getOrDefault("waiting", DurationStatsView.NONE),
                    metrics.getOrDefault("first_response", DurationStatsView.NONE),
                    metrics.getOrDefault("reply", DurationStatsView.NONE),
                    metrics.getOrDefault("resolution", DurationStatsView.NONE)));
        }
        return new ResponseTimesView(List.copyOf(groups.values()));
    }

    /** Conversations per group: for agents, those each was assigned. */
    private Map<String, Long> conversations(FindResponseTimesQuery query) {
        List<Object> args = new ArrayList<>(List.of(ts(query.from()), ts(query.to())));
        String sql;
        if (query.groupBy() == ResponseTimeGrouping.AGENT) {
            sql = """
                    SELECT p.agent_id::text AS grp, count(*) AS n
                    FROM analytics_conversation_agents p
                    JOIN analytics_conversations c ON c.conversation_id = p.conversation_id
                    WHERE c.created_at >= ? AND c.created_at < ?""";
            if (query.agentId() != null) {
                sql += " AND p.agent_id = ?";
                args.add(query.agentId());
            }
            sql += " GROUP BY p.agent_id";
        } else {
            String group = query.groupBy() == ResponseTimeGrouping.DAY ? DAY : "c.channel";
            sql = "SELECT " + group + " AS grp, count(*) AS n FROM analytics_conversations c"
                    + " WHERE c.created_at >= ? AND c.created_at < ?";
            if (query.agentId() != null) {
                sql += TAKEN_PART;
                args.add(query.agentId());
            }
            sql += " GROUP BY grp";
        }
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, (ResultSet row) -> {
            counts.put(row.getString("grp"), row.getLong("n"));
        }, args.toArray());
        return counts;
    }

    @QueryHandler
    AnalyticsSummaryView handle(FindAnalyticsSummaryQuery query) {
        List<Object> args = new ArrayList<>(List.of(ts(query.from()), ts(query.to())));
        String taken = "";
        String ownFirstResponse = "";
        String ownReplies = "";
        if (query.agentId() != null) {
            // In the order the statement reads them: the conversations, the replies, the first responses.
            taken = TAKEN_PART;
            ownReplies = " AND r.agent_id = ?";
            ownFirstResponse = " AND first_response_agent_id = ?";
            args.addAll(List.of(query.agentId(), query.agentId(), query.agentId()));
        }
        String sql = """
                WITH conv AS (
                    SELECT c.*, %1$s AS day FROM analytics_conversations c
                    WHERE c.created_at >= ? AND c.created_at < ?%2$s
                ), replies AS (
                    SELECT c.day, avg(%3$s) AS reply, count(*) AS n
                    FROM analytics_replies r JOIN conv c ON c.conversation_id = r.conversation_id
                    WHERE r.replied_at IS NOT NULL%4$s
                    GROUP BY GROUPING SETS ((c.day), ())
                ), days AS (
                    SELECT day, count(*) AS sessions,
                           avg(customer_messages + agent_messages)::float8 AS messages,
                           avg(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END)::float8 AS resolved,
                           avg(%5$s) FILTER (WHERE first_response_at IS NOT NULL%6$s) AS first_response,
                           avg(rating)::float8 AS satisfaction, count(rating) AS ratings
                    FROM conv GROUP BY GROUPING SETS ((day), ())
                )
                SELECT d.*, r.reply FROM days d LEFT JOIN replies r ON r.day IS NOT DISTINCT FROM d.day
                ORDER BY d.day NULLS FIRST""".formatted(DAY, taken, SECONDS.formatted("r.replied_at - r.asked_at"),
                ownReplies, SECONDS.formatted("first_response_at - created_at"), ownFirstResponse);
        List<SummaryFiguresView> rows = jdbc.query(sql, AnalyticsQueries::figures, args.toArray());
        SummaryFiguresView total = rows.stream().filter(row -> row.day() == null).findFirst()
                .orElse(new SummaryFiguresView(null, 0, null, null, null, null, null, 0));
        return new AnalyticsSummaryView(total, rows.stream().filter(row -> row.day() != null).toList());
    }

    private static SummaryFiguresView figures(ResultSet row, int index) throws SQLException {
        String day = row.getString("day");
        return new SummaryFiguresView(day == null ? null : LocalDate.parse(day), row.getLong("sessions"),
                number(row, "messages"), number(row, "resolved"), number(row, "first_response"),
                number(row, "reply"), number(row, "satisfaction"), row.getLong("ratings"));
    }

    private static List<String> union(Set<String> a, Set<String> b) {
        List<String> keys = new ArrayList<>(a);
        b.stream().filter(key -> !a.contains(key)).forEach(keys::add);
        return keys;
    }

    private static Double number(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
