package com.chatcore.command.crm;

import com.chatcore.api.crm.CrmClientDeletedEvent;
import com.chatcore.api.crm.CrmClientRegisteredEvent;
import com.chatcore.api.crm.DeleteCrmClientCommand;
import com.chatcore.api.crm.LinkWhatsAppConversationCommand;
import com.chatcore.api.crm.RegisterCrmClientCommand;
import com.chatcore.api.crm.WhatsAppConversationLinkedEvent;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.chatcore.command.Refusals.fieldError;
import static com.chatcore.command.Refusals.fieldErrors;
import static com.chatcore.command.Refusals.ruleViolation;
import static org.assertj.core.api.Assertions.assertThat;

class CrmClientTest {

    private static final long ID = 12;
    private static final long OTHER = 13;
    private static final String CHAT = "123456789@c.us";

    private FixtureConfiguration<CrmClient> fixture;
    private InMemoryWhatsAppChatRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryWhatsAppChatRegistry();
        fixture = new AggregateTestFixture<>(CrmClient.class);
        fixture.registerInjectableResource((CrmClientIds) () -> ID);
        fixture.registerInjectableResource(registry);
    }

    private static CrmClientRegisteredEvent registered() {
        return new CrmClientRegisteredEvent(ID, "xyz789", "Ana", "+34600000000");
    }

    @Test
    void registeringAClientTakesTheNextIdAndAnswersItsAggregate() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCrmClientCommand("xyz789", "Ana", "+34600000000"))
                .expectEvents(registered())
                .expectResultMessagePayload("crm-client-12");
    }

    @Test
    void nameAndPhoneAreOptional() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCrmClientCommand("xyz789", null, null))
                .expectEvents(new CrmClientRegisteredEvent(ID, "xyz789", null, null));
    }

    @Test
    void sessionIdIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCrmClientCommand(null, "Ana", null))
                .expectException(fieldError("session_id", CrmClientRules.SESSION_ID_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void sessionIdMustNotBeBlank() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCrmClientCommand("  ", "Ana", null))
                .expectException(fieldError("session_id", CrmClientRules.SESSION_ID_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void fieldsHaveMaximumLengthsInCharacters() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCrmClientCommand("s".repeat(256), "n".repeat(256), "9".repeat(51)))
                .expectException(fieldErrors(Map.of(
                        "session_id", List.of(CrmClientRules.tooLong("Session ID", 255)),
                        "name", List.of(CrmClientRules.tooLong("Name", 255)),
                        "phone", List.of(CrmClientRules.tooLong("Phone", 50)))))
                .expectNoEvents();
    }

    @Test
    void fieldsMayReachTheirMaximumLengths() {
        String emojis = "😀".repeat(255);
        fixture.givenNoPriorActivity()
                .when(new RegisterCrmClientCommand(emojis, emojis, "9".repeat(50)))
                .expectEvents(new CrmClientRegisteredEvent(ID, emojis, emojis, "9".repeat(50)));
    }

    @Test
    void linkingAConversationClaimsItsChatId() {
        fixture.given(registered())
                .when(new LinkWhatsAppConversationCommand(ID, CHAT))
                .expectEvents(new WhatsAppConversationLinkedEvent(ID, CHAT));
        assertThat(registry.holderOf(CHAT)).isEqualTo(ID);
    }

    @Test
    void linkingTheSameConversationAgainEmitsNothing() {
        registry.held(CHAT, ID);
        fixture.given(registered(), new WhatsAppConversationLinkedEvent(ID, CHAT))
                .when(new LinkWhatsAppConversationCommand(ID, CHAT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aChatIdHeldByAnotherClientCannotBeLinked() {
        registry.held(CHAT, OTHER);
        fixture.given(registered())
                .when(new LinkWhatsAppConversationCommand(ID, CHAT))
                .expectException(ruleViolation("WhatsAppChatTaken", CrmClientRules.CHAT_TAKEN))
                .expectNoEvents();
        assertThat(registry.holderOf(CHAT)).isEqualTo(OTHER);
    }

    @Test
    void chatIdIsRequired() {
        fixture.given(registered())
                .when(new LinkWhatsAppConversationCommand(ID, " "))
                .expectException(fieldError("chatId", CrmClientRules.CHAT_ID_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void chatIdHasNoSpaces() {
        fixture.given(registered())
                .when(new LinkWhatsAppConversationCommand(ID, "123 456@c.us"))
                .expectException(fieldError("chatId", CrmClientRules.CHAT_ID_SPACES))
                .expectNoEvents();
        assertThat(registry.holderOf("123 456@c.us")).isNull();
    }

    @Test
    void chatIdIsAtMost255Characters() {
        fixture.given(registered())
                .when(new LinkWhatsAppConversationCommand(ID, "1".repeat(250) + "@c.us1"))
                .expectException(fieldError("chatId", CrmClientRules.tooLong("Chat ID", 255)))
                .expectNoEvents();
    }

    @Test
    void deletingAClientFreesItsChatIds() {
        registry.held(CHAT, ID).held("555@c.us", ID).held("777@c.us", OTHER);
        fixture.given(registered(), new WhatsAppConversationLinkedEvent(ID, CHAT),
                        new WhatsAppConversationLinkedEvent(ID, "555@c.us"))
                .when(new DeleteCrmClientCommand(ID))
                .expectEvents(new CrmClientDeletedEvent(ID, List.of(CHAT, "555@c.us")));
        assertThat(registry.holderOf(CHAT)).isNull();
        assertThat(registry.holderOf("555@c.us")).isNull();
        assertThat(registry.holderOf("777@c.us")).isEqualTo(OTHER);
    }

    @Test
    void aDeletedClientCannotLinkConversations() {
        fixture.given(registered(), new CrmClientDeletedEvent(ID, List.of()))
                .when(new LinkWhatsAppConversationCommand(ID, CHAT))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
        assertThat(registry.holderOf(CHAT)).isNull();
    }

    @Test
    void aDeletedClientCannotBeDeletedAgain() {
        fixture.given(registered(), new CrmClientDeletedEvent(ID, List.of()))
                .when(new DeleteCrmClientCommand(ID))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }
}
