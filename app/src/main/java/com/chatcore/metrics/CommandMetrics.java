package com.chatcore.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code chat_commands_seconds{command, outcome}}: each command this node handles (routed ones count where they
 * run), how long its handling took, and whether it succeeded or failed (refused by a rule, or an error).
 */
@Component
class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final MeterRegistry registry;
    // One timer per command type and outcome, built once: not a registry look-up per command.
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** Axon's Spring Boot support registers every handler interceptor bean with the command bus. */
    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        Timer.Sample sample = Timer.start(registry);
        unitOfWork.onCleanup(work -> sample.stop(timer(command, work.isRolledBack()
                || work.getExecutionResult() != null && work.getExecutionResult().isExceptionResult()
                ? "failure" : "success")));
        return chain.proceed();
    }

    private Timer timer(String command, String outcome) {
        return timers.computeIfAbsent(command + "/" + outcome, key -> Timer.builder("chat.commands")
                .description("Commands handled on this node")
                .tag("command", command)
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry));
    }
}
