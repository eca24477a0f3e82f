package com.chatcore.api;

/**
 * Axon keeps one identifier space for every aggregate in the event store, while the seeds show
 * numeric ids per kind (user 1, agent 1). The aggregate identifier therefore carries the kind.
 */
public final class AggregateIds {

    private AggregateIds() {
    }

    public static String user(long userId) {
        return "user-" + userId;
    }

    /** The user id in a user aggregate's identifier (what registering answers). */
    public static long userIdOf(String aggregateId) {
        if (aggregateId == null || !aggregateId.startsWith("user-")) {
            throw new IllegalArgumentException("not a user aggregate: " + aggregateId);
        }
        return Long.parseLong(aggregateId.substring("user-".length()));
    }

    public static String agent(long agentId) {
        return "agent-" + agentId;
    }

    /** A direct chat (seed 002), whose public id is the UUID after the kind. */
    public static String directChat(String chatId) {
        return "directchat-" + chatId;
    }
}
