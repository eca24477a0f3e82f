package com.chatcore.command.conversation;

import com.chatcore.api.conversation.AssignAgentCommand;
import com.chatcore.api.conversation.ChangeChatPriorityCommand;
import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatAssignedEvent;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatPriorityChangedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatRuleViolation;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.CloseChatCommand;
import com.chatcore.api.conversation.ConversationRatedEvent;
import com.chatcore.api.conversation.CloseSupportSessionCommand;
import com.chatcore.api.conversation.MarkMessagesReadCommand;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.MessagesReadEvent;
import com.chatcore.api.conversation.NotAssignedAgentException;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.RateConversationCommand;
import com.chatcore.api.conversation.RatingRuleViolation;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.conversation.ResolveChatCommand;
import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.conversation.SupportSessionRuleViolation;
import com.chatcore.api.conversation.TakeChatCommand;
import com.chatcore.api.conversation.TransferChatCommand;
import com.chatcore.api.conversation.UnassignAgentCommand;
import com.chatcore.api.notification.GuestNotificationsReadEvent;
import com.chatcore.api.notification.MarkGuestNotificationsReadCommand;
import com.chatcore.command.agent.AgentWorkload;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One conversation between a customer and the agents: its lifecycle (waiting -> active -> resolved
 * -> closed), who holds it, and which messages each side has not read yet. Agent capacity is kept
 * in {@link AgentWorkload} within the same transaction. Snapshotted: long chats replay fast.
 */
@Aggregate(snapshotTriggerDefinition = "conversationSnapshotTrigger", cache = "conversationCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Conversation {

    /** How many message ids a conversation remembers to recognise a repeated send: far more than retries span. */
    static final int RECENT_MESSAGES = 100;

    @AggregateIdentifier
    private String chatRoomId;
    private ChatStatus status;
    private Long agentId;
    /** The account whose support session this is (seed 001); {@code null} for every other channel. */
    private Long supportUserId;
    private Priority priority;
    /** Until set explicitly the priority escalates with waiting time, so setting the same value still pins it. */
    private boolean priorityExplicit;
    /** The customer rates a finished conversation once (CSAT). */
    private boolean rated;
    private Set<String> unreadByAgent = new LinkedHashSet<>();
    private Set<String> unreadByUser = new LinkedHashSet<>();
    /**
     * The latest messages' ids, oldest first. A client that retries a send with its Idempotency-Key after a
     * fault sends the same id again (it is derived from the key): when the first send was stored, the
     * repeat is answered as done instead of storing the message twice.
     */
    private Set<String> recentMessageIds = new LinkedHashSet<>();

    protected Conversation() {
    }

    /** Opened by the session or request that created the conversation, in the same unit of work. */
    public Conversation(ChatStartedEvent start) {
        apply(start);
    }

    @CommandHandler
    public void handle(SendMessageCommand command) {
        if (recentMessageIds.contains(command.messageId())) {
            return;
        }
        if (status.isFinished()) {
            throw ChatRuleViolation.finished();
        }
        if (command.senderType() == SenderType.AGENT) {
            requireAssigned(command.agentId());
        }
        apply(new MessageSentEvent(chatRoomId, command.messageId(), command.senderType(), command.agentId(),
                command.content(), command.messageType()));
    }

    @CommandHandler
    public int handle(MarkMessagesReadCommand command) {
        Set<String> unread = command.reader() == Reader.AGENT ? unreadByAgent : unreadByUser;
        List<String> nowRead = command.messageIds() == null ? new ArrayList<>(unread)
                : command.messageIds().stream().filter(unread::contains).distinct().toList();
        if (!nowRead.isEmpty()) {
            apply(new MessagesReadEvent(chatRoomId, command.reader(), nowRead));
        }
        return nowRead.size();
    }

    @CommandHandler
    public void handle(TakeChatCommand command, AgentWorkload workload) {
        if (status != ChatStatus.WAITING) {
            throw ChatRuleViolation.notWaiting();
        }
        workload.reserve(command.agentId(), ChatRuleViolation::atCapacity);
        apply(new ChatTakenEvent(chatRoomId, command.agentId()));
    }

    @CommandHandler
    public void handle(AssignAgentCommand command, AgentWorkload workload) {
        if (status.isFinished()) {
            throw ChatRuleViolation.notActive();
        }
        if (Objects.equals(agentId, command.agentId())) {
            throw ChatRuleViolation.sameAgent();
        }
        if (agentId != null) {
            workload.move(agentId, command.agentId(), ChatRuleViolation::targetAtCapacity);
        } else {
            workload.reserve(command.agentId(), ChatRuleViolation::targetAtCapacity);
        }
        apply(new ChatAssignedEvent(chatRoomId, command.agentId(), agentId));
    }

    @CommandHandler
    public void handle(TransferChatCommand command, AgentWorkload workload) {
        if (status != ChatStatus.ACTIVE) {
            throw ChatRuleViolation.notActive();
        }
        if (command.requestedByAgentId() != null) {
            requireAssigned(command.requestedByAgentId());
        }
        if (agentId == command.toAgentId()) {
            throw ChatRuleViolation.sameAgent();
        }
        workload.move(agentId, command.toAgentId(), ChatRuleViolation::targetAtCapacity);
        apply(new ChatTransferredEvent(chatRoomId, agentId, command.toAgentId()));
    }

    /** A superuser takes the chat away from its agent, or the agent gives it up. */
    @CommandHandler
    public void handle(UnassignAgentCommand command, AgentWorkload workload) {
        if (status != ChatStatus.ACTIVE) {
            throw ChatRuleViolation.notActive();
        }
        if (command.byAgentId() != null) {
            requireAssigned(command.byAgentId());
        }
        workload.release(agentId);
        apply(new ChatUnassignedEvent(chatRoomId, agentId, command.byAgentId()));
    }

    /** A waiting chat is the whole team's: any agent may resolve it; an active one only its holder. */
    @CommandHandler
    public void handle(ResolveChatCommand command, AgentWorkload workload, SupportSessionRegistry sessions) {
        if (status != ChatStatus.ACTIVE && status != ChatStatus.WAITING) {
            throw ChatRuleViolation.notActive();
        }
        requireHolderOrUnheld(command.byAgentId());
        if (status == ChatStatus.ACTIVE) {
            workload.release(agentId);
        }
        releaseSupportClaim(sessions);
        apply(new ChatResolvedEvent(chatRoomId, agentId, command.byAgentId()));
    }

    @CommandHandler
    public void handle(CloseChatCommand command, AgentWorkload workload, SupportSessionRegistry sessions) {
        if (status == ChatStatus.CLOSED) {
            throw ChatRuleViolation.alreadyClosed();
        }
        requireHolderOrUnheld(command.byAgentId());
        close(command.byAgentId(), workload, sessions);
    }

    /** Seed 001: the session's user closes it whatever its state; closing it again changes nothing. */
    @CommandHandler
    public void handle(CloseSupportSessionCommand command, AgentWorkload workload, SupportSessionRegistry sessions) {
        if (supportUserId == null || supportUserId != command.userId()) {
            throw SupportSessionRuleViolation.notOwner();
        }
        if (status != ChatStatus.CLOSED) {
            close(null, workload, sessions);
        }
    }

    private void close(Long byAgentId, AgentWorkload workload, SupportSessionRegistry sessions) {
        if (status == ChatStatus.ACTIVE) {
            workload.release(agentId);
        }
        releaseSupportClaim(sessions);
        apply(new ChatClosedEvent(chatRoomId, agentId, status, byAgentId));
    }

    private void releaseSupportClaim(SupportSessionRegistry sessions) {
        if (supportUserId != null) {
            sessions.release(chatRoomId);
        }
    }

    /** Only the conversation's customer: a support session's own user, or (no user) a guest by its key. */
    @CommandHandler
    public void handle(RateConversationCommand command) {
        if (!Objects.equals(supportUserId, command.userId())) {
            throw SupportSessionRuleViolation.notOwner();
        }
        if (command.rating() < RatingRuleViolation.MIN || command.rating() > RatingRuleViolation.MAX) {
            throw RatingRuleViolation.outOfRange();
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > RatingRuleViolation.MAX_COMMENT_LENGTH) {
            throw RatingRuleViolation.commentTooLong();
        }
        if (!status.isFinished()) {
            throw RatingRuleViolation.notFinished();
        }
        if (rated) {
            throw RatingRuleViolation.alreadyRated();
        }
        apply(new ConversationRatedEvent(chatRoomId, command.rating(), comment));
    }

    @CommandHandler
    public void handle(ChangeChatPriorityCommand command) {
        if (status != ChatStatus.WAITING) {
            throw ChatRuleViolation.notWaiting();
        }
        if (!priorityExplicit || priority != command.priority()) {
            apply(new ChatPriorityChangedEvent(chatRoomId, command.priority()));
        }
    }

    /** Notifications live in their read model only; the command names exactly the ids that were unread. */
    @CommandHandler
    public void handle(MarkGuestNotificationsReadCommand command) {
        if (!command.notificationIds().isEmpty()) {
            apply(new GuestNotificationsReadEvent(chatRoomId, List.copyOf(command.notificationIds())));
        }
    }

    /** An agent ({@code null}: a superuser) may act on a chat it holds or on one nobody holds. */
    private void requireHolderOrUnheld(Long actingAgentId) {
        if (actingAgentId != null && agentId != null) {
            requireAssigned(actingAgentId);
        }
    }

    private void requireAssigned(Long actingAgentId) {
        if (actingAgentId == null || !actingAgentId.equals(agentId)) {
            throw new NotAssignedAgentException(chatRoomId, actingAgentId == null ? -1 : actingAgentId);
        }
    }

    @EventSourcingHandler
    void on(ChatStartedEvent event) {
        chatRoomId = event.chatRoomId();
        status = ChatStatus.WAITING;
        priority = event.priority();
        if (event.channel() == Channel.SUPPORT) {
            supportUserId = event.chatUser().id();
        }
        if (event.initialMessageId() != null) {
            unreadByAgent.add(event.initialMessageId());
        }
    }

    @EventSourcingHandler
    void on(MessageSentEvent event) {
        recentMessageIds.add(event.messageId());
        if (recentMessageIds.size() > RECENT_MESSAGES) {
            recentMessageIds.remove(recentMessageIds.iterator().next());
        }
        if (event.senderType() == SenderType.AGENT) {
            unreadByUser.add(event.messageId());
        } else if (event.senderType() == SenderType.USER) {
            unreadByAgent.add(event.messageId());
        }
    }

    @EventSourcingHandler
    void on(MessagesReadEvent event) {
        (event.reader() == Reader.AGENT ? unreadByAgent : unreadByUser).removeAll(event.messageIds());
    }

    @EventSourcingHandler
    void on(ChatTakenEvent event) {
        status = ChatStatus.ACTIVE;
        agentId = event.agentId();
    }

    @EventSourcingHandler
    void on(ChatAssignedEvent event) {
        status = ChatStatus.ACTIVE;
        agentId = event.agentId();
    }

    @EventSourcingHandler
    void on(ChatTransferredEvent event) {
        agentId = event.toAgentId();
    }

    @EventSourcingHandler
    void on(ChatUnassignedEvent event) {
        status = ChatStatus.WAITING;
        agentId = null;
    }

    @EventSourcingHandler
    void on(ChatResolvedEvent event) {
        status = ChatStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(ChatClosedEvent event) {
        status = ChatStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ConversationRatedEvent event) {
        rated = true;
    }

    @EventSourcingHandler
    void on(ChatPriorityChangedEvent event) {
        priority = event.priority();
        priorityExplicit = true;
    }
}
