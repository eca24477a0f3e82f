package com.chatcore.command.guest;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.guest.CompleteGuestSessionCommand;
import com.chatcore.api.guest.GuestSessionCompletedEvent;
import com.chatcore.api.guest.GuestSessionExpiredException;
import com.chatcore.api.guest.GuestSessionStartedEvent;
import com.chatcore.api.guest.GuestSessionView;
import com.chatcore.api.guest.StartGuestSessionCommand;
import com.chatcore.command.conversation.Conversation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * Seed 003's pre-chat step: a guest's first message waits here until they give their contact
 * details, for at most {@link #TTL}. Completing it once opens the chat room.
 */
@Aggregate
public class GuestSession {

    public static final Duration TTL = GuestSessionView.LIFETIME;

    @AggregateIdentifier
    private String sessionId;
    private String initialMessage;
    private Instant expiresAt;
    private boolean completed;

    protected GuestSession() {
    }

    @CommandHandler
    public GuestSession(StartGuestSessionCommand command, Clock clock) {
        Instant now = clock.instant();
        apply(new GuestSessionStartedEvent(command.sessionId(), command.initialMessage(), now, now.plus(TTL)));
    }

    @CommandHandler
    public void handle(CompleteGuestSessionCommand command, Clock clock, ChatUserIds chatUserIds) throws Exception {
        if (completed || !clock.instant().isBefore(expiresAt)) {
            throw new GuestSessionExpiredException(sessionId);
        }
        long chatUserId = chatUserIds.next();
        apply(new GuestSessionCompletedEvent(sessionId, command.chatRoomId(), chatUserId, command.guestKeyHash()));
        ChatStartedEvent start = new ChatStartedEvent(command.chatRoomId(), Channel.WEB_GUEST,
                new ChatUser(chatUserId, command.fullName(), command.email(), command.phoneNumber()),
                hasInitialMessage() ? UUID.randomUUID().toString() : null, initialMessage, Priority.LOW);
        createNew(Conversation.class, () -> new Conversation(start));
    }

    private boolean hasInitialMessage() {
        return initialMessage != null && !initialMessage.isBlank();
    }

    @EventSourcingHandler
    void on(GuestSessionStartedEvent event) {
        sessionId = event.sessionId();
        initialMessage = event.initialMessage();
        expiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(GuestSessionCompletedEvent event) {
        completed = true;
    }
}
