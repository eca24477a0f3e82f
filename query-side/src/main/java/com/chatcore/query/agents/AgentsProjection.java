package com.chatcore.query.agents;

import com.chatcore.api.agent.AgentAvailabilityChangedEvent;
import com.chatcore.api.agent.AgentCapacityChangedEvent;
import com.chatcore.api.agent.AgentDetailsChangedEvent;
import com.chatcore.api.agent.AgentRegisteredEvent;
import com.chatcore.api.agent.AgentView;
import com.chatcore.api.agent.FindAgentByIdQuery;
import com.chatcore.api.agent.FindAgentByUserIdQuery;
import com.chatcore.api.agent.FindAgentByUsernameQuery;
import com.chatcore.api.agent.FindAgentsQuery;
import com.chatcore.api.user.UserDeactivatedEvent;
import com.chatcore.api.user.UserProfileChangedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The agents read model (seed 003 "Agentes"): profile, availability and capacity, and the workload
 * counted from the chats the livechat read model shows active with the agent. Account events arrive in
 * one sequence ({@code AccountsInOneSequence} in the app), so a user's change never precedes its agent's
 * registration.
 */
@Component
@ProcessingGroup(AgentsProjection.GROUP)
class AgentsProjection {

    static final String GROUP = "agents";
    // Counted, not stored: chats of every conversation segment move it, and only a count of the livechat
    // read model's rows (same processor, same transaction) is exact in any order and during a replay.
    private static final String SELECT = """
            SELECT agents.*, (SELECT count(*) FROM chat_rooms
                WHERE chat_rooms.agent_id = agents.id AND chat_rooms.status = 'ACTIVE') AS current_active_chats
            FROM agents\s""";

    private final JdbcTemplate jdbc;
    private final QueryUpdateEmitter updates;

    AgentsProjection(JdbcTemplate jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(AgentRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO agents (id, user_id, username, email, first_name, last_name, is_available,
                    max_concurrent_chats, employee_id, department) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""",
                event.agentId(), event.userId(), event.username(), event.email(), event.firstName(),
                event.lastName(), event.available(), event.maxConcurrentChats(), event.employeeId(),
                event.department());
        announce(event.agentId());
    }

    @EventHandler
    void on(UserProfileChangedEvent event) {
        jdbc.query("UPDATE agents SET email = ?, first_name = ?, last_name = ? WHERE user_id = ? RETURNING id",
                (row, n) -> row.getLong("id"), event.email(), event.firstName(), event.lastName(), event.userId())
                .forEach(this::announce);
    }

    @EventHandler
    void on(UserDeactivatedEvent event) {
        jdbc.query("UPDATE agents SET is_active = FALSE WHERE user_id = ? RETURNING id",
                (row, n) -> row.getLong("id"), event.userId()).forEach(this::announce);
    }

    @EventHandler
    void on(AgentDetailsChangedEvent event) {
        jdbc.update("UPDATE agents SET employee_id = ?, department = ? WHERE id = ?", event.employeeId(),
                event.department(), event.agentId());
        announce(event.agentId());
    }

    @EventHandler
    void on(AgentAvailabilityChangedEvent event) {
        jdbc.update("UPDATE agents SET is_available = ? WHERE id = ?", event.available(), event.agentId());
        announce(event.agentId());
    }

    @EventHandler
    void on(AgentCapacityChangedEvent event) {
        jdbc.update("UPDATE agents SET max_concurrent_chats = ? WHERE id = ?", event.maxConcurrentChats(),
                event.agentId());
        announce(event.agentId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM agents");
    }

    @QueryHandler
    List<AgentView> handle(FindAgentsQuery query) {
        return jdbc.query(SELECT + "WHERE is_active ORDER BY id LIMIT ?", AgentsProjection::toView, query.limit());
    }

    @QueryHandler
    Optional<AgentView> handle(FindAgentByIdQuery query) {
        return one("WHERE id = ?", query.agentId());
    }

    @QueryHandler
    Optional<AgentView> handle(FindAgentByUserIdQuery query) {
        return one("WHERE user_id = ?", query.userId());
    }

    @QueryHandler
    Optional<AgentView> handle(FindAgentByUsernameQuery query) {
        return one("WHERE lower(username) = lower(?)", query.username());
    }

    private Optional<AgentView> one(String where, Object key) {
        return jdbc.query(SELECT + where, AgentsProjection::toView, key).stream().findFirst();
    }

    private void announce(long agentId) {
        handle(new FindAgentByIdQuery(agentId)).ifPresent(view -> {
            updates.emit(FindAgentByIdQuery.class, q -> q.agentId() == view.id(), view);
            updates.emit(FindAgentByUsernameQuery.class, q -> q.username().equalsIgnoreCase(view.username()), view);
        });
    }

    private static AgentView toView(ResultSet row, int index) throws SQLException {
        return new AgentView(row.getLong("id"), row.getLong("user_id"), row.getString("username"),
                row.getString("email"), row.getString("first_name"), row.getString("last_name"),
                row.getBoolean("is_available"), row.getInt("current_active_chats"), row.getInt("max_concurrent_chats"),
                row.getString("employee_id"), row.getString("department"), row.getBoolean("is_active"));
    }
}
