package com.chatcore.command.user;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.api.user.RegisterUserCommand;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.command.agent.AgentIdAllocator;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.chatcore.command.Refusals.fieldError;
import static com.chatcore.command.Refusals.fieldErrors;
import static org.assertj.core.api.Assertions.assertThat;

class UserRegistrationTest {

    static final String BLANK = "Este campo no puede estar en blanco.";
    static final String TOO_LONG = "Asegúrese de que este campo no tenga más de 150 caracteres.";
    static final String BAD_USERNAME = "Introduzca un nombre de usuario válido. Este valor solo puede contener "
            + "letras, números y los caracteres @/./+/-/_.";
    static final String BAD_EMAIL = "Introduzca una dirección de correo electrónico válida.";

    private FixtureConfiguration<User> fixture;
    private InMemoryUserRegistry registry;

    @BeforeEach
    void setUp() {
        registry = new InMemoryUserRegistry(1);
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource((AgentIdAllocator) () -> {
            throw new AssertionError("a user registration allocates no agent id");
        });
    }

    private static RegisterUserCommand register(String username, String email) {
        return new RegisterUserCommand(username, email, "hash", "Ana", "García", Role.USER);
    }

    @Test
    void registeringAUserEmitsUserRegistered() {
        fixture.givenNoPriorActivity()
                .when(register("ana", "ana@example.com"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new UserRegisteredEvent(1, "ana", "ana@example.com", "hash", "Ana", "García",
                        Role.USER));
    }

    @Test
    void theNumericIdComesFromTheRegistry() {
        registry.taken("someone", "someone@example.com");

        fixture.givenNoPriorActivity()
                .when(register("ana", "ana@example.com"))
                .expectEvents(new UserRegisteredEvent(2, "ana", "ana@example.com", "hash", "Ana", "García",
                        Role.USER));
        assertThat(registry.calls()).containsExactly("reserve ana ana@example.com");
    }

    @Test
    void theRequestedRoleIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("root", "root@example.com", "hash", "", "", Role.SUPERUSER))
                .expectEvents(new UserRegisteredEvent(1, "root", "root@example.com", "hash", "", "",
                        Role.SUPERUSER));
    }

    @Test
    void missingNamesAreRecordedAsEmpty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("ana", "ana@example.com", "hash", null, null, Role.USER))
                .expectEvents(new UserRegisteredEvent(1, "ana", "ana@example.com", "hash", "", "", Role.USER));
    }

    @Test
    void cannotRegisterWithoutARole() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("ana", "ana@example.com", "hash", "", "", null))
                .expectException(NullPointerException.class)
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithABlankUsername() {
        fixture.givenNoPriorActivity()
                .when(register("  ", "ana@example.com"))
                .expectException(fieldError("username", BLANK))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutAUsername() {
        fixture.givenNoPriorActivity()
                .when(register(null, "ana@example.com"))
                .expectException(fieldError("username", BLANK))
                .expectNoEvents();
    }

    @Test
    void usernameMayHave150Characters() {
        String longest = "a".repeat(150);
        fixture.givenNoPriorActivity()
                .when(register(longest, "ana@example.com"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRegisterWithAUsernameOver150Characters() {
        fixture.givenNoPriorActivity()
                .when(register("a".repeat(151), "ana@example.com"))
                .expectException(fieldError("username", TOO_LONG))
                .expectNoEvents();
    }

    @Test
    void usernameMayHoldLettersDigitsAndAtDotPlusMinusUnderscore() {
        fixture.givenNoPriorActivity()
                .when(register("Ana.M+b-c_9@x", "ana@example.com"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void usernameMayHoldLettersOfAnyAlphabet() {
        fixture.givenNoPriorActivity()
                .when(register("josé.ñandú_Łódź_東京", "ana@example.com"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void usernameLengthCountsCharactersNotUtf16Units() {
        fixture.givenNoPriorActivity()
                .when(register("𝒜".repeat(150), "ana@example.com"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRegisterWithSpacesOrPunctuationInTheUsername() {
        fixture.givenNoPriorActivity()
                .when(register("ana maría!", "ana@example.com"))
                .expectException(fieldError("username", BAD_USERNAME))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithInvalidEmail() {
        fixture.givenNoPriorActivity()
                .when(register("ana", "ana.example.com"))
                .expectException(fieldError("email", BAD_EMAIL))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithAnEmailWithoutADomainDot() {
        fixture.givenNoPriorActivity()
                .when(register("ana", "ana@localhost"))
                .expectException(fieldError("email", BAD_EMAIL))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithABlankEmail() {
        fixture.givenNoPriorActivity()
                .when(register("ana", ""))
                .expectException(fieldError("email", BLANK))
                .expectNoEvents();
    }

    @Test
    void emailMayHave254Characters() {
        fixture.givenNoPriorActivity()
                .when(register("ana", "a".repeat(242) + "@example.com"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRegisterWithAnEmailOver254Characters() {
        fixture.givenNoPriorActivity()
                .when(register("ana", "a".repeat(243) + "@example.com"))
                .expectException(fieldError("email", BAD_EMAIL))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithoutAPasswordHash() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("ana", "ana@example.com", " ", "", "", Role.USER))
                .expectException(fieldError("password", BLANK))
                .expectNoEvents();
    }

    @Test
    void namesMayHave150Characters() {
        String longest = "n".repeat(150);
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("ana", "ana@example.com", "hash", longest, longest, Role.USER))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotRegisterWithNamesOver150Characters() {
        String tooLong = "n".repeat(151);
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("ana", "ana@example.com", "hash", tooLong, tooLong, Role.USER))
                .expectException(fieldErrors(Map.of("first_name", List.of(TOO_LONG),
                        "last_name", List.of(TOO_LONG))))
                .expectNoEvents();
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new RegisterUserCommand("", "nope", "", "n".repeat(151), null, Role.USER))
                .expectException(fieldErrors(Map.of("username", List.of(BLANK), "email", List.of(BAD_EMAIL),
                        "password", List.of(BLANK), "first_name", List.of(TOO_LONG))))
                .expectNoEvents();
    }

    @Test
    void anInvalidRegistrationReservesNothing() {
        fixture.givenNoPriorActivity()
                .when(register("ana", "nope"))
                .expectException(FieldValidationException.class);
        assertThat(registry.calls()).isEmpty();
    }

    @Test
    void cannotRegisterWithATakenUsername() {
        registry.taken("ana", "other@example.com");

        fixture.givenNoPriorActivity()
                .when(register("ana", "ana@example.com"))
                .expectException(fieldError("username", InMemoryUserRegistry.USERNAME_TAKEN))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterWithATakenEmail() {
        registry.taken("other", "ana@example.com");

        fixture.givenNoPriorActivity()
                .when(register("ana", "ana@example.com"))
                .expectException(fieldError("email", InMemoryUserRegistry.EMAIL_TAKEN))
                .expectNoEvents();
    }
}
