package com.chatcore.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * {@code chat_events_appended_total{event}}: events this node's commands appended, counted once their
 * transaction committed (a rolled-back append is not counted).
 */
@Component
class EventMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    private final MeterRegistry registry;
    // One counter per event type, built once: not a registry look-up per event.
    private final Map<Class<?>, Counter> counters = new ConcurrentHashMap<>();

    EventMetrics(EventStore eventStore, MeterRegistry registry) {
        this.registry = registry;
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            Counter counter = counters.computeIfAbsent(event.getPayloadType(), type -> Counter.builder(
                    "chat.events.appended").description("Events appended by this node")
                    .tag("event", type.getSimpleName()).register(registry));
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(work -> counter.increment());
            } else {
                counter.increment();
            }
            return event;
        };
    }
}
