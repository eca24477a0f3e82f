package com.chatcore.command.user;

import com.chatcore.api.user.ChangePasswordCommand;
import com.chatcore.api.user.ChangeUserProfileCommand;
import com.chatcore.api.user.DeactivateUserCommand;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserDeactivatedEvent;
import com.chatcore.api.user.UserPasswordChangedEvent;
import com.chatcore.api.user.UserProfileChangedEvent;
import com.chatcore.api.user.UserRegisteredEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.chatcore.command.Refusals.fieldError;
import static com.chatcore.command.Refusals.fieldErrors;
import static com.chatcore.command.Refusals.ruleViolation;
import static com.chatcore.command.user.UserRegistrationTest.BAD_EMAIL;
import static com.chatcore.command.user.UserRegistrationTest.BLANK;
import static com.chatcore.command.user.UserRegistrationTest.TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;

/** Profile, password and deactivation of an existing account. */
class UserAccountTest {

    private static final long ID = 7;
    private static final UserRegisteredEvent REGISTERED = new UserRegisteredEvent(ID, "ana", "ana@example.com",
            "hash", "Ana", "García", Role.USER);
    private static final String DEACTIVATED = "La cuenta está desactivada.";

    private FixtureConfiguration<User> fixture;
    private InMemoryUserRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryUserRegistry(100);
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(registry);
    }

    @Test
    void changingTheProfileEmitsUserProfileChanged() {
        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, "ana@example.com", "Ana María", "López"))
                .expectEvents(new UserProfileChangedEvent(ID, "ana@example.com", "Ana María", "López"));
    }

    @Test
    void missingProfileNamesAreRecordedAsEmpty() {
        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, "ana@example.com", null, null))
                .expectEvents(new UserProfileChangedEvent(ID, "ana@example.com", "", ""));
    }

    @Test
    void keepingTheEmailDoesNotTouchTheRegistry() {
        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, "ANA@Example.com", "Ana", "García"))
                .expectEvents(new UserProfileChangedEvent(ID, "ANA@Example.com", "Ana", "García"));
        assertThat(registry.calls()).isEmpty();
    }

    @Test
    void changingTheEmailMovesItsReservation() {
        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, "ana@new.example.com", "Ana", "García"))
                .expectEvents(new UserProfileChangedEvent(ID, "ana@new.example.com", "Ana", "García"));
        assertThat(registry.calls()).containsExactly("changeEmail 7 ana@new.example.com");
    }

    @Test
    void theLatestEmailIsTheOneCompared() {
        fixture.given(REGISTERED, new UserProfileChangedEvent(ID, "ana@new.example.com", "Ana", "García"))
                .when(new ChangeUserProfileCommand(ID, "ana@new.example.com", "Ana", "G."))
                .expectEvents(new UserProfileChangedEvent(ID, "ana@new.example.com", "Ana", "G."));
        assertThat(registry.calls()).isEmpty();
    }

    @Test
    void changingEmailToATakenOneIsRefused() {
        registry.taken("bea", "bea@example.com");

        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, "BEA@example.com", "Ana", "García"))
                .expectException(fieldError("email", InMemoryUserRegistry.EMAIL_TAKEN))
                .expectNoEvents();
    }

    @Test
    void changingEmailToAnInvalidOneIsRefused() {
        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, "not-an-email", "Ana", "García"))
                .expectException(fieldError("email", BAD_EMAIL))
                .expectNoEvents();
        assertThat(registry.calls()).isEmpty();
    }

    @Test
    void changingEmailToABlankOneIsRefused() {
        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, null, "Ana", "García"))
                .expectException(fieldError("email", BLANK))
                .expectNoEvents();
    }

    @Test
    void profileNamesOver150CharactersAreRefused() {
        fixture.given(REGISTERED)
                .when(new ChangeUserProfileCommand(ID, "ana@example.com", "n".repeat(151), "n".repeat(151)))
                .expectException(fieldErrors(Map.of("first_name", List.of(TOO_LONG),
                        "last_name", List.of(TOO_LONG))))
                .expectNoEvents();
    }

    @Test
    void deactivatedAccountCannotChangeProfile() {
        fixture.given(REGISTERED, new UserDeactivatedEvent(ID))
                .when(new ChangeUserProfileCommand(ID, "ana@example.com", "Ana", "García"))
                .expectException(ruleViolation("AccountDeactivated", DEACTIVATED))
                .expectNoEvents();
    }

    @Test
    void changingThePasswordEmitsUserPasswordChanged() {
        fixture.given(REGISTERED)
                .when(new ChangePasswordCommand(ID, "new-hash"))
                .expectEvents(new UserPasswordChangedEvent(ID, "new-hash"));
    }

    @Test
    void cannotChangeToABlankPassword() {
        fixture.given(REGISTERED)
                .when(new ChangePasswordCommand(ID, ""))
                .expectException(fieldError("password", BLANK))
                .expectNoEvents();
    }

    @Test
    void deactivatedAccountCannotChangePassword() {
        fixture.given(REGISTERED, new UserDeactivatedEvent(ID))
                .when(new ChangePasswordCommand(ID, "new-hash"))
                .expectException(ruleViolation("AccountDeactivated", DEACTIVATED))
                .expectNoEvents();
    }

    @Test
    void deactivatingEmitsUserDeactivated() {
        fixture.given(REGISTERED)
                .when(new DeactivateUserCommand(ID))
                .expectEvents(new UserDeactivatedEvent(ID));
    }

    @Test
    void cannotDeactivateTwice() {
        fixture.given(REGISTERED, new UserDeactivatedEvent(ID))
                .when(new DeactivateUserCommand(ID))
                .expectException(ruleViolation("AccountDeactivated", DEACTIVATED))
                .expectNoEvents();
    }

    @Test
    void aDeactivatedAccountKeepsItsHistory() {
        fixture.given(REGISTERED, new UserPasswordChangedEvent(ID, "new-hash"))
                .when(new DeactivateUserCommand(ID))
                .expectEvents(new UserDeactivatedEvent(ID))
                .expectNotMarkedDeleted();
    }
}
