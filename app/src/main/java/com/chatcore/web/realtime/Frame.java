package com.chatcore.web.realtime;

import java.util.Map;

/** A server frame caused by the event at {@code eventId}, and who it is for. */
record Frame(long eventId, Target target, Map<String, Object> body) {

    sealed interface Target permits Guest, Agent, AllAgents, AgentsExcept {
    }

    record Guest(String chatRoomId) implements Target {
    }

    record Agent(long agentId) implements Target {
    }

    record AllAgents() implements Target {
    }

    record AgentsExcept(long agentId) implements Target {
    }
}
