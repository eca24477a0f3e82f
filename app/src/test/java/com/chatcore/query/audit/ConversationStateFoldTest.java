package com.chatcore.query.audit;

import com.chatcore.api.audit.ConversationStateView;
import com.chatcore.api.audit.StateMessageView;
import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatPriorityChangedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatTransferredEvent;
import com.chatcore.api.conversation.ChatUnassignedEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.MessageSentEvent;
import com.chatcore.api.conversation.MessagesReadEvent;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.Reader;
import com.chatcore.api.conversation.SenderType;
import com.chatcore.api.crm.CrmChatChangedEvent;
import com.chatcore.api.crm.CrmChatDeletedEvent;
import com.chatcore.api.crm.CrmChatOpenedEvent;
import com.chatcore.api.directchat.DirectChatCreatedEvent;
import com.chatcore.api.directchat.DirectChatDeletedEvent;
import com.chatcore.api.directchat.DirectChatParticipantsChangedEvent;
import com.chatcore.api.directchat.LastMessage;
import com.chatcore.api.directchat.LastMessageChangedEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure fold behind {@code GET /api/audit/conversations/{id}/state}: events in, state out. */
class ConversationStateFoldTest {

    private static final String ROOM = "room-1";
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00.000001Z");

    @Test
    void nothingAppliedIsNoState() {
        assertThat(new ConversationStateFold(ROOM).view()).isEmpty();
    }

    @Test
    void aStartedChatIsWaitingWithItsInitialMessage() {
        ConversationStateFold fold = new ConversationStateFold(ROOM);
        fold.apply(started(), T0);

        ConversationStateView state = fold.view().orElseThrow();

        assertThat(state.kind()).isEqualTo("WEB_GUEST");
        assertThat(state.status()).isEqualTo("waiting");
        assertThat(state.priority()).isEqualTo("medium");
        assertThat(state.assignedAgentId()).isNull();
        assertThat(state.messageCount()).isEqualTo(1);
        assertThat(state.lastMessage()).isEqualTo(new StateMessageView("m0", "USER", 42L, "Hola", T0));
        assertThat(state.participantIds()).isNull();
        assertThat(state.lastEventAt()).isEqualTo(T0);
        assertThat(state.eventsApplied()).isEqualTo(1);
    }

    @Test
    void takesTransfersAndUnassignsMoveTheAgentAndResolveKeepsIt() {
        ConversationStateFold fold = new ConversationStateFold(ROOM);
        fold.apply(started(), T0);
        fold.apply(new ChatTakenEvent(ROOM, 3), T0.plusSeconds(1));
        assertThat(fold.view().orElseThrow()).extracting(ConversationStateView::status,
                ConversationStateView::assignedAgentId).containsExactly("active", 3L);
        fold.apply(new ChatUnassignedEvent(ROOM, 3, null), T0.plusSeconds(2));
        assertThat(fold.view().orElseThrow()).extracting(ConversationStateView::status,
                ConversationStateView::assignedAgentId).containsExactly("waiting", null);
        fold.apply(new ChatTakenEvent(ROOM, 4), T0.plusSeconds(3));
        fold.apply(new ChatTransferredEvent(ROOM, 4, 5), T0.plusSeconds(4));
        fold.apply(new ChatPriorityChangedEvent(ROOM, Priority.HIGH), T0.plusSeconds(5));
        fold.apply(new ChatResolvedEvent(ROOM, 5L, 5L), T0.plusSeconds(6));

        ConversationStateView resolved = fold.view().orElseThrow();
        assertThat(resolved.status()).isEqualTo("resolved");
        assertThat(resolved.assignedAgentId()).isEqualTo(5L);
        assertThat(resolved.priority()).isEqualTo("high");

        fold.apply(new ChatClosedEvent(ROOM, 5L, ChatStatus.RESOLVED, 5L), T0.plusSeconds(7));
        assertThat(fold.view().orElseThrow().status()).isEqualTo("closed");
        assertThat(fold.view().orElseThrow().eventsApplied()).isEqualTo(8);
    }

    @Test
    void messagesCountAndTheLatestNamesItsSender() {
        ConversationStateFold fold = new ConversationStateFold(ROOM);
        fold.apply(started(), T0);
        fold.apply(new ChatTakenEvent(ROOM, 3), T0.plusSeconds(1));
        fold.apply(new MessageSentEvent(ROOM, "m1", SenderType.AGENT, 3L, "Buenos días", "text"), T0.plusSeconds(2));
        fold.apply(new MessagesReadEvent(ROOM, Reader.USER, List.of("m1")), T0.plusSeconds(3));
        assertThat(fold.view().orElseThrow().lastMessage())
                .isEqualTo(new StateMessageView("m1", "AGENT", 3L, "Buenos días", T0.plusSeconds(2)));
        fold.apply(new MessageSentEvent(ROOM, "m2", SenderType.USER, null, "Gracias", "text"), T0.plusSeconds(4));

        ConversationStateView state = fold.view().orElseThrow();

        assertThat(state.messageCount()).isEqualTo(3);
        assertThat(state.lastMessage()).isEqualTo(new StateMessageView("m2", "USER", 42L, "Gracias",
                T0.plusSeconds(4)));
        assertThat(state.eventsApplied()).isEqualTo(5);
    }

    @Test
    void aSupportSessionWithoutInitialMessageHasNoMessageYet() {
        ConversationStateFold fold = new ConversationStateFold(ROOM);
        fold.apply(new ChatStartedEvent(ROOM, Channel.SUPPORT, new ChatUser(7, "Luis", null, null), null, null,
                Priority.LOW), T0);

        ConversationStateView state = fold.view().orElseThrow();

        assertThat(state.kind()).isEqualTo("SUPPORT");
        assertThat(state.messageCount()).isZero();
        assertThat(state.lastMessage()).isNull();
    }

    @Test
    void directChatsHaveParticipantsAndTheClientsLastMessage() {
        ConversationStateFold fold = new ConversationStateFold("c1");
        fold.apply(new DirectChatCreatedEvent("c1", List.of(1L, 2L), LastMessage.NONE), T0);
        fold.apply(new DirectChatParticipantsChangedEvent("c1", List.of(1L, 3L)), T0.plusSeconds(1));
        fold.apply(new LastMessageChangedEvent("c1", new LastMessage("{\"text\":\"hi\"}")), T0.plusSeconds(2));

        ConversationStateView state = fold.view().orElseThrow();
        assertThat(state.kind()).isEqualTo("DIRECT");
        assertThat(state.status()).isEqualTo("active");
        assertThat(state.participantIds()).containsExactly(1L, 3L);
        assertThat(state.rawLastMessage()).isEqualTo("{\"text\":\"hi\"}");
        assertThat(state.messageCount()).isNull();
        assertThat(state.assignedAgentId()).isNull();

        fold.apply(new DirectChatDeletedEvent("c1"), T0.plusSeconds(3));
        assertThat(fold.view().orElseThrow().status()).isEqualTo("deleted");
    }

    @Test
    void crmChatsHaveTheirSessionAndContact() {
        ConversationStateFold fold = new ConversationStateFold("9");
        fold.apply(new CrmChatOpenedEvent(9, 100, 200, T0), T0);
        assertThat(fold.view().orElseThrow()).extracting(ConversationStateView::kind, ConversationStateView::status,
                ConversationStateView::crmSessionId, ConversationStateView::crmContactId)
                .containsExactly("CRM", "open", 100L, 200L);
        fold.apply(new CrmChatChangedEvent(9, 101, 201), T0.plusSeconds(1));
        fold.apply(new CrmChatDeletedEvent(9), T0.plusSeconds(2));

        assertThat(fold.view().orElseThrow()).extracting(ConversationStateView::status,
                ConversationStateView::crmSessionId, ConversationStateView::crmContactId)
                .containsExactly("deleted", 101L, 201L);
    }

    @Test
    void messagesCountedAndOnlyTheLastOneReadFoldToTheSameStateAsEveryMessageApplied() {
        MessageSentEvent first = new MessageSentEvent(ROOM, "m1", SenderType.AGENT, 3L, "Buenos días", "text");
        MessageSentEvent second = new MessageSentEvent(ROOM, "m2", SenderType.USER, null, "Gracias", "text");
        ConversationStateFold everyOne = new ConversationStateFold(ROOM);
        everyOne.apply(started(), T0);
        everyOne.apply(first, T0.plusSeconds(1));
        everyOne.apply(new ChatTakenEvent(ROOM, 3), T0.plusSeconds(2));
        everyOne.apply(second, T0.plusSeconds(3));
        ConversationStateFold counted = new ConversationStateFold(ROOM);
        counted.apply(started(), T0);
        counted.messageCounted(T0.plusSeconds(1));
        counted.apply(new ChatTakenEvent(ROOM, 3), T0.plusSeconds(2));
        counted.messageCounted(T0.plusSeconds(3));
        counted.lastMessage(second, T0.plusSeconds(3));

        assertThat(counted.view()).isEqualTo(everyOne.view());
        assertThat(counted.view().orElseThrow().messageCount()).isEqualTo(3);
        assertThat(counted.view().orElseThrow().lastMessage())
                .isEqualTo(new StateMessageView("m2", "USER", 42L, "Gracias", T0.plusSeconds(3)));
    }

    private static ChatStartedEvent started() {
        return new ChatStartedEvent(ROOM, Channel.WEB_GUEST, new ChatUser(42, "Ana", "ana@example.com", null), "m0",
                "Hola", Priority.MEDIUM);
    }
}
