package com.chatcore.config;

import com.chatcore.api.conversation.SendMessageCommand;
import com.chatcore.api.conversation.SenderType;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The cached resolver answers what Axon's answers, for every way a command can name its target, and fails alike. */
class CachedCommandTargetResolverTest {

    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();
    private final CommandTargetResolver cached = new CachedCommandTargetResolver();

    static Stream<Object> resolvable() {
        return Stream.of(
                new SendMessageCommand("room-1", "m-1", SenderType.USER, null, "hola", "text"),
                new FieldTarget("chat-7", 3L),
                new FieldTarget("chat-7", null),
                new MethodTarget(42, "12"),
                new SubclassTarget("inherited"));
    }

    @ParameterizedTest
    @MethodSource("resolvable")
    void resolvesAsAxonDoes(Object payload) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(payload);
        assertThat(cached.resolveTarget(command)).isEqualTo(axon.resolveTarget(command));
        assertThat(cached.resolveTarget(command)).as("the second time, from the cache")
                .isEqualTo(axon.resolveTarget(command));
    }

    static Stream<Object> unresolvable() {
        return Stream.of(new FieldTarget(null, 1L), new NoTarget("x"), new ThrowingTarget(), new MethodTarget(1, "v1"));
    }

    @ParameterizedTest
    @MethodSource("unresolvable")
    void failsAsAxonDoes(Object payload) {
        CommandMessage<?> command = GenericCommandMessage.asCommandMessage(payload);
        Throwable expected = catchThrowable(() -> axon.resolveTarget(command));
        assertThat(expected).isNotNull();
        assertThatThrownBy(() -> cached.resolveTarget(command))
                .isInstanceOf(expected.getClass())
                .hasMessage(expected.getMessage());
    }

    static class FieldTarget {
        @TargetAggregateIdentifier
        private final String id;
        @TargetAggregateVersion
        private final Long version;

        FieldTarget(String id, Long version) {
            this.id = id;
            this.version = version;
        }
    }

    static class MethodTarget {
        private final int id;
        private final String version;

        MethodTarget(int id, String version) {
            this.id = id;
            this.version = version;
        }

        @TargetAggregateIdentifier
        int target() {
            return id;
        }

        /** A version as text, which Axon parses (and refuses when it is no number). */
        @TargetAggregateVersion
        String version() {
            return version;
        }
    }

    static class SubclassTarget extends FieldTarget {
        SubclassTarget(String id) {
            super(id, null);
        }
    }

    record NoTarget(String id) {
    }

    static class ThrowingTarget {
        @TargetAggregateIdentifier
        String id() {
            throw new IllegalStateException("no id");
        }
    }
}
