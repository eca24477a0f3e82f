package com.chatcore.web.realtime;

import java.util.Map;
import java.util.Set;

/** A server frame caused by the event at {@code eventId}, and who it is for. */
record Frame(long eventId, Target target, Map<String, Object> body) {

    /** Tells this frame from the other frames its event causes for the same socket. */
    String key() {
        return eventId + "/" + body.getOrDefault("type", body.get("sender"));
    }

    sealed interface Target permits Guest, Agent, Agents, AgentsExcept, Personal, SupportUser {
    }

    /** The guest of one chat room. */
    record Guest(String chatRoomId) implements Target {
    }

    /** One agent, and superusers watching every agent's frames. */
    record Agent(long agentId) implements Target {
    }

    /** These agents, and superusers. */
    record Agents(Set<Long> agentIds) implements Target {
    }

    /** Every agent but one, and superusers. */
    record AgentsExcept(long agentId) implements Target {
    }

    /** The account whose support session (seed 001) it is. */
    record SupportUser(long userId) implements Target {
    }

    /** One agent only: its own notifications. */
    record Personal(long agentId) implements Target {
    }
}
