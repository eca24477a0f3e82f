package com.chatcore.api.audit;

import java.time.Instant;
import java.util.List;

/**
 * A conversation rebuilt from its events up to an instant. {@code kind} is {@code WEB_GUEST} or
 * {@code SUPPORT} (a {@code Conversation}), {@code DIRECT} or {@code CRM}; fields a kind does not have are
 * null: {@code priority}, {@code assignedAgentId}, {@code messageCount} and {@code lastMessage} belong to
 * conversations, {@code participantIds} and {@code rawLastMessage} (the client's JSON) to direct chats,
 * {@code crmSessionId} and {@code crmContactId} to CRM chats. {@code status} is lower case: waiting,
 * active, resolved, closed for conversations; active or deleted for direct chats; open or deleted for CRM
 * chats. {@code lastEventAt} and {@code eventsApplied} say how far the replay went.
 */
public record ConversationStateView(
        String id,
        String kind,
        String status,
        String priority,
        Long assignedAgentId,
        List<Long> participantIds,
        Long messageCount,
        StateMessageView lastMessage,
        String rawLastMessage,
        Long crmSessionId,
        Long crmContactId,
        Instant lastEventAt,
        long eventsApplied) {
}
