package com.chatcore.command.conversation;

import com.chatcore.api.conversation.Channel;
import com.chatcore.api.conversation.ChatClosedEvent;
import com.chatcore.api.conversation.ChatResolvedEvent;
import com.chatcore.api.conversation.ChatStartedEvent;
import com.chatcore.api.conversation.ChatStatus;
import com.chatcore.api.conversation.ChatTakenEvent;
import com.chatcore.api.conversation.ChatUser;
import com.chatcore.api.conversation.ConversationRatedEvent;
import com.chatcore.api.conversation.Priority;
import com.chatcore.api.conversation.RateConversationCommand;
import com.chatcore.api.conversation.RatingRuleViolation;
import com.chatcore.api.conversation.SupportSessionRuleViolation;
import com.chatcore.command.agent.RecordingAgentWorkload;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.chatcore.command.Refusals.ruleViolation;

/** CSAT: the customer rates a finished conversation once, 1 to 5 (issue 13). */
class ConversationRatingTest {

    private static final String CHAT = "3f1c2a9e-0000-4000-8000-0000000000aa";
    private static final long ANA = 7;
    private static final long LUIS = 42;
    private static final long MARTA = 43;

    private FixtureConfiguration<Conversation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
        fixture.registerInjectableResource(new RecordingAgentWorkload().agent(ANA, 2, 0));
        fixture.registerInjectableResource(new InMemorySupportSessionRegistry());
    }

    private static ChatStartedEvent guestChat() {
        return new ChatStartedEvent(CHAT, Channel.WEB_GUEST, new ChatUser(1, "Ana Pérez", "ana@example.com", null),
                "m-0", "Hola", Priority.LOW);
    }

    private static ChatStartedEvent supportSessionOfLuis() {
        return new ChatStartedEvent(CHAT, Channel.SUPPORT, new ChatUser(LUIS, "Luis Gómez", "luis@example.com", null),
                null, null, Priority.LOW);
    }

    private static ChatResolvedEvent resolved() {
        return new ChatResolvedEvent(CHAT, ANA, ANA);
    }

    @Test
    void aGuestRatesAResolvedConversation() {
        fixture.given(guestChat(), new ChatTakenEvent(CHAT, ANA), resolved())
                .when(new RateConversationCommand(CHAT, 5, "Muy amable", null))
                .expectEvents(new ConversationRatedEvent(CHAT, 5, "Muy amable"));
    }

    @Test
    void aGuestRatesAClosedConversationWithoutComment() {
        fixture.given(guestChat(), new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, null))
                .when(new RateConversationCommand(CHAT, 1, null, null))
                .expectEvents(new ConversationRatedEvent(CHAT, 1, null));
    }

    @Test
    void aBlankCommentIsNoComment() {
        fixture.given(guestChat(), resolved())
                .when(new RateConversationCommand(CHAT, 3, "   ", null))
                .expectEvents(new ConversationRatedEvent(CHAT, 3, null));
    }

    @Test
    void aUserRatesTheirOwnFinishedSupportSession() {
        fixture.given(supportSessionOfLuis(), new ChatClosedEvent(CHAT, null, ChatStatus.WAITING, null))
                .when(new RateConversationCommand(CHAT, 4, "Bien", LUIS))
                .expectEvents(new ConversationRatedEvent(CHAT, 4, "Bien"));
    }

    @Test
    void anotherUserCannotRateASupportSession() {
        fixture.given(supportSessionOfLuis(), resolved())
                .when(new RateConversationCommand(CHAT, 4, null, MARTA))
                .expectNoEvents()
                .expectException(ruleViolation(SupportSessionRuleViolation.NOT_OWNER,
                        SupportSessionRuleViolation.NOT_OWNER_MESSAGE));
    }

    @Test
    void aUserCannotRateAGuestConversationAsTheirOwn() {
        fixture.given(guestChat(), resolved())
                .when(new RateConversationCommand(CHAT, 4, null, LUIS))
                .expectNoEvents()
                .expectException(ruleViolation(SupportSessionRuleViolation.NOT_OWNER,
                        SupportSessionRuleViolation.NOT_OWNER_MESSAGE));
    }

    @Test
    void aWaitingConversationCannotBeRated() {
        fixture.given(guestChat())
                .when(new RateConversationCommand(CHAT, 5, null, null))
                .expectNoEvents()
                .expectException(ruleViolation(RatingRuleViolation.NOT_FINISHED,
                        RatingRuleViolation.NOT_FINISHED_MESSAGE));
    }

    @Test
    void anActiveConversationCannotBeRated() {
        fixture.given(guestChat(), new ChatTakenEvent(CHAT, ANA))
                .when(new RateConversationCommand(CHAT, 5, null, null))
                .expectNoEvents()
                .expectException(ruleViolation(RatingRuleViolation.NOT_FINISHED,
                        RatingRuleViolation.NOT_FINISHED_MESSAGE));
    }

    @Test
    void aConversationIsRatedOnlyOnce() {
        fixture.given(guestChat(), resolved(), new ConversationRatedEvent(CHAT, 5, null))
                .when(new RateConversationCommand(CHAT, 2, null, null))
                .expectNoEvents()
                .expectException(ruleViolation(RatingRuleViolation.ALREADY_RATED,
                        RatingRuleViolation.ALREADY_RATED_MESSAGE));
    }

    @Test
    void aRatingOnceGivenStaysAfterTheConversationIsClosed() {
        fixture.given(guestChat(), resolved(), new ConversationRatedEvent(CHAT, 5, null),
                        new ChatClosedEvent(CHAT, ANA, ChatStatus.RESOLVED, ANA))
                .when(new RateConversationCommand(CHAT, 5, null, null))
                .expectNoEvents()
                .expectException(ruleViolation(RatingRuleViolation.ALREADY_RATED,
                        RatingRuleViolation.ALREADY_RATED_MESSAGE));
    }

    @Test
    void aRatingBelowOneIsRefused() {
        fixture.given(guestChat(), resolved())
                .when(new RateConversationCommand(CHAT, 0, null, null))
                .expectNoEvents()
                .expectException(ruleViolation(RatingRuleViolation.OUT_OF_RANGE,
                        RatingRuleViolation.OUT_OF_RANGE_MESSAGE));
    }

    @Test
    void aRatingAboveFiveIsRefused() {
        fixture.given(guestChat(), resolved())
                .when(new RateConversationCommand(CHAT, 6, null, null))
                .expectNoEvents()
                .expectException(ruleViolation(RatingRuleViolation.OUT_OF_RANGE,
                        RatingRuleViolation.OUT_OF_RANGE_MESSAGE));
    }

    @Test
    void aCommentOfAThousandCharactersIsAcceptedOneMoreIsRefused() {
        String longest = "é".repeat(RatingRuleViolation.MAX_COMMENT_LENGTH);
        fixture.given(guestChat(), resolved())
                .when(new RateConversationCommand(CHAT, 4, longest, null))
                .expectEvents(new ConversationRatedEvent(CHAT, 4, longest));
        fixture.given(guestChat(), resolved())
                .when(new RateConversationCommand(CHAT, 4, longest + "x", null))
                .expectNoEvents()
                .expectException(ruleViolation(RatingRuleViolation.COMMENT_TOO_LONG,
                        RatingRuleViolation.COMMENT_TOO_LONG_MESSAGE));
    }
}
