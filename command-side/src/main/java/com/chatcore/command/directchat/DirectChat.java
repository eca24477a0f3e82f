package com.chatcore.command.directchat;

import com.chatcore.api.AggregateIds;
import com.chatcore.api.directchat.ChangeLastMessageCommand;
import com.chatcore.api.directchat.DeleteDirectChatCommand;
import com.chatcore.api.directchat.DirectChatActor;
import com.chatcore.api.directchat.DirectChatCreatedEvent;
import com.chatcore.api.directchat.DirectChatDeletedEvent;
import com.chatcore.api.directchat.DirectChatParticipantsChangedEvent;
import com.chatcore.api.directchat.DirectChatRuleViolation;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.LastMessageChangedEvent;
import com.chatcore.api.directchat.DirectMessageSentEvent;
import com.chatcore.api.directchat.DirectMessagesSeenEvent;
import com.chatcore.api.directchat.MarkDirectMessagesSeenCommand;
import com.chatcore.api.directchat.SendDirectMessageCommand;
import com.chatcore.api.directchat.UpdateDirectChatCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * A chat between users (seed 002): who takes part, and its last message as the client sent it. One chat per
 * participant set, kept by {@link DirectChatRegistry}. Handlers answer the chat's version (the sequence
 * number of its latest event), which the REST adapter waits for in the read model and shows as {@code __v}.
 */
@Aggregate
public class DirectChat {

    @AggregateIdentifier
    private String id;
    private String chatId;
    private Set<Long> participants;
    private long version;

    protected DirectChat() {
    }

    /** Opened by {@link DirectChatCommandHandler} once the participant set is claimed. */
    DirectChat(String chatId, List<Long> participantIds, LastMessage lastMessage) {
        apply(new DirectChatCreatedEvent(chatId, participantIds, lastMessage));
    }

    @CommandHandler
    public long handle(UpdateDirectChatCommand command, DirectChatRegistry registry) {
        requireParticipant(command.actor());
        if (command.participants() != null) {
            List<Long> next = Participants.require(command.participants(), command.actor(), registry);
            if (!participants.equals(Set.copyOf(next))) {
                if (registry.claim(Set.copyOf(next), chatId).isPresent()) {
                    throw DirectChatRuleViolation.participantSetTaken();
                }
                apply(new DirectChatParticipantsChangedEvent(chatId, next));
            }
        }
        if (command.lastMessage() != null) {
            apply(new LastMessageChangedEvent(chatId, command.lastMessage()));
        }
        return version;
    }

    @CommandHandler
    public long handle(ChangeLastMessageCommand command) {
        requireParticipant(command.actor());
        apply(new LastMessageChangedEvent(chatId, command.lastMessage()));
        return version;
    }

    /** Only a participant speaks in a chat, staff included: a message is always someone's in the chat. */
    @CommandHandler
    public long handle(SendDirectMessageCommand command) {
        requireMember(command.actor());
        apply(new DirectMessageSentEvent(chatId, command.messageId(), command.actor().userId(), command.content()));
        apply(new LastMessageChangedEvent(chatId, command.lastMessage()));
        return version;
    }

    @CommandHandler
    public long handle(MarkDirectMessagesSeenCommand command) {
        requireMember(command.actor());
        if (!command.messageIds().isEmpty()) {
            apply(new DirectMessagesSeenEvent(chatId, command.actor().userId(), command.messageIds()));
        }
        return version;
    }

    @CommandHandler
    public long handle(DeleteDirectChatCommand command, DirectChatRegistry registry) {
        requireParticipant(command.actor());
        registry.release(chatId);
        apply(new DirectChatDeletedEvent(chatId));
        return version;
    }

    private void requireParticipant(DirectChatActor actor) {
        if (!actor.staff() && !participants.contains(actor.userId())) {
            throw DirectChatRuleViolation.notAParticipant();
        }
    }

    private void requireMember(DirectChatActor actor) {
        if (!participants.contains(actor.userId())) {
            throw DirectChatRuleViolation.notAParticipant();
        }
    }

    @EventSourcingHandler
    void on(DirectChatCreatedEvent event, @SequenceNumber long sequence) {
        id = AggregateIds.directChat(event.chatId());
        chatId = event.chatId();
        participants = Set.copyOf(event.participantIds());
        version = sequence;
    }

    @EventSourcingHandler
    void on(DirectChatParticipantsChangedEvent event, @SequenceNumber long sequence) {
        participants = Set.copyOf(event.participantIds());
        version = sequence;
    }

    @EventSourcingHandler
    void on(LastMessageChangedEvent event, @SequenceNumber long sequence) {
        version = sequence;
    }

    @EventSourcingHandler
    void on(DirectMessageSentEvent event, @SequenceNumber long sequence) {
        version = sequence;
    }

    @EventSourcingHandler
    void on(DirectMessagesSeenEvent event, @SequenceNumber long sequence) {
        version = sequence;
    }

    @EventSourcingHandler
    void on(DirectChatDeletedEvent event, @SequenceNumber long sequence) {
        version = sequence;
        markDeleted();
    }
}
