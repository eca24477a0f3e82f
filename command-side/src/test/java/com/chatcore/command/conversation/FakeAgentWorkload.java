package com.chatcore.command.conversation;

import com.chatcore.api.error.RuleViolationException;
import com.chatcore.command.agent.AgentWorkload;
import com.chatcore.command.agent.UnknownAgentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Agents with a capacity and a count of active chats; records every reserve and release. */
final class FakeAgentWorkload implements AgentWorkload {

    private final Map<Long, Integer> capacity = new HashMap<>();
    private final Map<Long, Integer> active = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    FakeAgentWorkload agent(long agentId, int maxConcurrentChats, int activeChats) {
        capacity.put(agentId, maxConcurrentChats);
        active.put(agentId, activeChats);
        return this;
    }

    List<String> calls() {
        return calls;
    }

    @Override
    public void register(long agentId, int maxConcurrentChats) {
        agent(agentId, maxConcurrentChats, 0);
    }

    @Override
    public void changeCapacity(long agentId, int maxConcurrentChats) {
        capacity.put(agentId, maxConcurrentChats);
    }

    @Override
    public void reserve(long agentId, Supplier<RuleViolationException> atCapacity) {
        calls.add("reserve " + agentId);
        if (!capacity.containsKey(agentId)) {
            throw new UnknownAgentException(agentId);
        }
        if (active.get(agentId) >= capacity.get(agentId)) {
            throw atCapacity.get();
        }
        active.merge(agentId, 1, Integer::sum);
    }

    @Override
    public void release(long agentId) {
        calls.add("release " + agentId);
        active.computeIfPresent(agentId, (id, count) -> Math.max(0, count - 1));
    }
}
