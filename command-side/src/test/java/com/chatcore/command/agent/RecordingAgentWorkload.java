package com.chatcore.command.agent;

import com.chatcore.api.error.RuleViolationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** An in-memory {@link AgentWorkload} that enforces capacities and records every call (reserve attempts too). */
public class RecordingAgentWorkload implements AgentWorkload {

    private final Map<Long, int[]> agents = new HashMap<>();
    private final List<String> calls = new ArrayList<>();

    /** Declares an agent holding {@code active} of at most {@code max} chats. */
    public RecordingAgentWorkload agent(long agentId, int max, int active) {
        agents.put(agentId, new int[] {max, active});
        return this;
    }

    public List<String> calls() {
        return calls;
    }

    public int active(long agentId) {
        return agents.get(agentId)[1];
    }

    @Override
    public void register(long agentId, int maxConcurrentChats) {
        calls.add("register " + agentId + " " + maxConcurrentChats);
        agents.put(agentId, new int[] {maxConcurrentChats, 0});
    }

    @Override
    public void changeCapacity(long agentId, int maxConcurrentChats) {
        calls.add("capacity " + agentId + " " + maxConcurrentChats);
        agents.get(agentId)[0] = maxConcurrentChats;
    }

    @Override
    public void reserve(long agentId, Supplier<RuleViolationException> atCapacity) {
        calls.add("reserve " + agentId);
        int[] agent = agents.get(agentId);
        if (agent == null) {
            throw new UnknownAgentException(agentId);
        }
        if (agent[1] >= agent[0]) {
            throw atCapacity.get();
        }
        agent[1]++;
    }

    @Override
    public void release(long agentId) {
        calls.add("release " + agentId);
        int[] agent = agents.get(agentId);
        if (agent != null && agent[1] > 0) {
            agent[1]--;
        }
    }
}
