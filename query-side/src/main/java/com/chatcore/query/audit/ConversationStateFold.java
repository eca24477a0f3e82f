package com.chatcore.query.audit;

import com.chatcore.api.audit.ConversationStateView;
import com.chatcore.api.audit.StateMessageView;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatPriorityChangedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.crm.CrmChatChangedEvent;
import com.chatcore.api.crm.CrmChatDeletedEvent;
import com.chatcore.api.crm.CrmChatOpenedEvent;
import com.chatcore.api.directchat.DirectChatCreatedEvent;
import com.chatcore.api.directchat.DirectChatDeletedEvent;
import com.chatcore.api.directchat.DirectChatParticipantsChangedEvent;
import com.chatcore.api.directchat.LastMessageChangedEvent;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A conversation's state folded from its events, one at a time, in stream order: pure, no clock, no I/O.
 * It applies the same facts the read models apply (a taken, assigned or transferred chat is active with its
 * new agent; unassigned is waiting with none; resolved and closed keep their agent; the started event's
 * initial message is the first message). Events it does not know (read marks, notification reads) change
 * nothing but still count as applied.
 */
final class ConversationStateFold {

    private final String id;
    private String kind;
    private String status;
    private String priority;
    private Long agentId;
    private Long customerId;
    private List<Long> participants;
    private Long messageCount;
    private StateMessageView lastMessage;
    private String rawLastMessage;
    private Long crmSessionId;
    private Long crmContactId;
    private Instant lastEventAt;
    private long applied;

    ConversationStateFold(String id) {
        this.id = id;
    }

    /** Applies one event with its timestamp; events must come in stream order. */
    void apply(Object event, Instant timestamp) {
        applied++;
        lastEventAt = timestamp;
        if (event instanceof ChatStartedEvent started) {
            kind = started.channel().name();
            status = lower(ChatStatus.WAITING);
            priority = lower(started.priority());
            customerId = started.chatUser().id();
            messageCount = 0L;
            if (started.initialMessageId() != null) {
                countMessage();
                lastMessage = new StateMessageView(started.initialMessageId(), SenderType.USER.name(), customerId,
                        started.initialMessage(), timestamp);
            }
        } else if (event instanceof MessageSentEvent sent) {
            countMessage();
            lastMessage(sent, timestamp);
        } else if (event instanceof ChatTakenEvent taken) {
            holder(ChatStatus.ACTIVE, taken.agentId());
        } else if (event instanceof ChatAssignedEvent assigned) {
            holder(ChatStatus.ACTIVE, assigned.agentId());
        } else if (event instanceof ChatTransferredEvent transferred) {
            holder(ChatStatus.ACTIVE, transferred.toAgentId());
        } else if (event instanceof ChatUnassignedEvent) {
            holder(ChatStatus.WAITING, null);
        } else if (event instanceof ChatResolvedEvent) {
            status = lower(ChatStatus.RESOLVED);
        } else if (event instanceof ChatClosedEvent) {
            status = lower(ChatStatus.CLOSED);
        } else if (event instanceof ChatPriorityChangedEvent changed) {
            priority = lower(changed.priority());
        } else {
            applyDirectOrCrm(event);
        }
    }

    private void applyDirectOrCrm(Object event) {
        if (event instanceof DirectChatCreatedEvent created) {
            kind = "DIRECT";
            status = "active";
            participants = List.copyOf(created.participantIds());
            rawLastMessage = created.lastMessage().json();
        } else if (event instanceof DirectChatParticipantsChangedEvent changed) {
            participants = List.copyOf(changed.participantIds());
        } else if (event instanceof LastMessageChangedEvent changed) {
            rawLastMessage = changed.lastMessage().json();
        } else if (event instanceof DirectChatDeletedEvent) {
            status = "deleted";
        } else if (event instanceof CrmChatOpenedEvent opened) {
            kind = "CRM";
            status = "open";
            crmSessionId = opened.sessionId();
            crmContactId = opened.contactId();
        } else if (event instanceof CrmChatChangedEvent changed) {
            crmSessionId = changed.sessionId();
            crmContactId = changed.contactId();
        } else if (event instanceof CrmChatDeletedEvent) {
            status = "deleted";
        }
        // Anything else (read marks, notifications read) is no part of the state an auditor asks for.
    }

    /** Empty until an event that opens a conversation has been applied. */
    Optional<ConversationStateView> view() {
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new ConversationStateView(id, kind, status, priority, agentId, participants, messageCount,
                lastMessage, rawLastMessage, crmSessionId, crmContactId, lastEventAt, applied));
    }

    private void holder(ChatStatus newStatus, Long agent) {
        status = lower(newStatus);
        agentId = agent;
    }

    /**
     * A message counted without its content: the same as {@link #apply} with its {@link MessageSentEvent},
     * provided the last message counted this way is then given to {@link #lastMessage}. A long history is thus
     * folded with one message deserialized instead of all of them.
     */
    void messageCounted(Instant timestamp) {
        applied++;
        lastEventAt = timestamp;
        countMessage();
    }

    /** The content of the last message {@link #messageCounted counted}, once no later message will come. */
    void lastMessage(MessageSentEvent sent, Instant timestamp) {
        lastMessage = new StateMessageView(sent.messageId(), sent.senderType().name(), senderId(sent), sent.content(),
                timestamp);
    }

    private void countMessage() {
        messageCount = messageCount == null ? 1 : messageCount + 1;
    }

    private Long senderId(MessageSentEvent sent) {
        if (sent.senderType() == SenderType.AGENT) {
            return sent.agentId();
        }
        return sent.senderType() == SenderType.USER ? customerId : null;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
