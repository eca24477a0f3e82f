package com.chatcore.command.agent;

import com.chatcore.api.error.RuleViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** {@code agent_workload}: one row per agent; the conditional update is the capacity check. */
@Component
class JdbcAgentWorkload implements AgentWorkload {

    private final JdbcTemplate jdbc;

    JdbcAgentWorkload(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(long agentId, int maxConcurrentChats) {
        jdbc.update("INSERT INTO agent_workload (agent_id, max_concurrent_chats, active_chats) VALUES (?, ?, 0)",
                agentId, maxConcurrentChats);
    }

    @Override
    public void changeCapacity(long agentId, int maxConcurrentChats) {
        jdbc.update("UPDATE agent_workload SET max_concurrent_chats = ? WHERE agent_id = ?", maxConcurrentChats,
                agentId);
    }

    @Override
    public void reserve(long agentId, Supplier<RuleViolationException> atCapacity) {
        int updated = jdbc.update("""
                UPDATE agent_workload SET active_chats = active_chats + 1
                WHERE agent_id = ? AND active_chats < max_concurrent_chats""", agentId);
        if (updated == 1) {
            return;
        }
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM agent_workload WHERE agent_id = ?)",
                Boolean.class, agentId);
        throw Boolean.TRUE.equals(exists) ? atCapacity.get() : new UnknownAgentException(agentId);
    }

    /**
     * Two chats moving in opposite directions between the same agents would lock their two rows in
     * opposite orders and deadlock: both rows are locked in id order first.
     */
    @Override
    public void move(long fromAgentId, long toAgentId, Supplier<RuleViolationException> atCapacity) {
        jdbc.queryForList("SELECT agent_id FROM agent_workload WHERE agent_id IN (?, ?) ORDER BY agent_id FOR UPDATE",
                Long.class, fromAgentId, toAgentId);
        reserve(toAgentId, atCapacity);
        release(fromAgentId);
    }

    @Override
    public void release(long agentId) {
        jdbc.update("UPDATE agent_workload SET active_chats = GREATEST(active_chats - 1, 0) WHERE agent_id = ?",
                agentId);
    }
}
