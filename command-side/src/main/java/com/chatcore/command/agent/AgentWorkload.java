package com.chatcore.command.agent;

import com.chatcore.api.error.RuleViolationException;

import java.util.function.Supplier;

/**
 * The set-based side of agent capacity: how many chats each agent holds and may hold. Changed only
 * inside the transaction of the command that takes or gives back a chat, so the count always equals
 * the chats actually active with the agent, and concurrent takes cannot overshoot the capacity.
 */
public interface AgentWorkload {

    void register(long agentId, int maxConcurrentChats);

    void changeCapacity(long agentId, int maxConcurrentChats);

    /**
     * Counts one more active chat for the agent.
     *
     * @throws RuleViolationException from {@code atCapacity} when the agent is full
     * @throws UnknownAgentException when there is no such agent
     */
    void reserve(long agentId, Supplier<RuleViolationException> atCapacity);

    /** Counts one active chat less (never below zero). */
    void release(long agentId);

    /**
     * Moves one active chat from one agent to another: {@link #reserve} for {@code toAgentId}, then
     * {@link #release} for {@code fromAgentId}.
     */
    default void move(long fromAgentId, long toAgentId, Supplier<RuleViolationException> atCapacity) {
        reserve(toAgentId, atCapacity);
        release(fromAgentId);
    }
}
