package com.chatcore.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;

/**
 * Axon's {@link AnnotationCommandTargetResolver} with the annotated members found once per command type.
 * Axon's searches the command's class on every command ({@code getDeclaredMethods} copies each method, then
 * every annotation is scanned): 5% of the server's Java CPU samples under the message load
 * (bench/results/2026-11-30-command-target-resolver-2core.md). Same search (methods, then fields, as Axon's
 * {@link ReflectionUtils} lists them, with its annotation test), same values; a command it cannot resolve
 * goes to Axon's resolver, which refuses it with its own message. Axon's aggregate configuration takes the
 * {@link CommandTargetResolver} bean.
 */
@Component
public class CachedCommandTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();
    private final ClassValue<Targets> targets = new ClassValue<>() {
        @Override
        protected Targets computeValue(Class<?> type) {
            return new Targets(annotated(type, TargetAggregateIdentifier.class),
                    annotated(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Targets target = targets.get(command.getPayloadType());
        Object payload = command.getPayload();
        try {
            Object identifier = read(target.identifier(), payload);
            if (identifier == null) {
                return axon.resolveTarget(command);
            }
            return new VersionedAggregateIdentifier(identifier, asLong(read(target.version(), payload)));
        } catch (ReflectiveOperationException | NumberFormatException e) {
            return axon.resolveTarget(command);
        }
    }

    private static Member annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                return ReflectionUtils.ensureAccessible(method);
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return field;
            }
        }
        return null;
    }

    private static Object read(Member member, Object payload) throws ReflectiveOperationException {
        if (member instanceof Method method) {
            return method.invoke(payload);
        }
        return member instanceof Field field ? ReflectionUtils.getFieldValue(field, payload) : null;
    }

    /** As Axon reads a version: a number, or text that holds one (other text: Axon's refusal, above). */
    private static Long asLong(Object version) {
        if (version == null) {
            return null;
        }
        return version instanceof Number number ? number.longValue() : Long.parseLong(version.toString());
    }

    private record Targets(Member identifier, Member version) {
    }
}
