package com.chatcore.api.crm;

/**
 * Aggregate identifiers of the CRM family, in Axon's one identifier space (see
 * {@link com.chatcore.api.AggregateIds}): the kind, then the numeric id a PostgreSQL sequence handed out.
 */
public final class CrmAggregateIds {

    private static final String CHAT = "crm-chat-";
    private static final String CLIENT = "crm-client-";

    private CrmAggregateIds() {
    }

    public static String chat(long chatId) {
        return CHAT + chatId;
    }

    public static String client(long clientId) {
        return CLIENT + clientId;
    }

    /** The client id in a client aggregate's identifier (what registering a client answers). */
    public static long clientIdOf(String aggregateId) {
        if (aggregateId == null || !aggregateId.startsWith(CLIENT)) {
            throw new IllegalArgumentException("not a CRM client aggregate: " + aggregateId);
        }
        return Long.parseLong(aggregateId.substring(CLIENT.length()));
    }
}
