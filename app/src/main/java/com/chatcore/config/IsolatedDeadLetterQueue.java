package com.chatcore.config;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Parks only the event that failed. Axon's queue also parks every later event of the same sequence (for
 * us, the same conversation) until the first one is retried, so one poison event froze its conversation
 * in the read model for good: later messages never showed and every write on it waited in vain. Our
 * projections are written to apply each event on its own (upserts, idempotent updates), so going on
 * without the failed one is the lesser harm; the parked event stays in the queue for an operator.
 */
final class IsolatedDeadLetterQueue<M extends Message<?>> implements SequencedDeadLetterQueue<M> {

    private final SequencedDeadLetterQueue<M> delegate;

    IsolatedDeadLetterQueue(SequencedDeadLetterQueue<M> delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean enqueueIfPresent(Object sequenceIdentifier, Supplier<DeadLetter<? extends M>> letterBuilder) {
        return false;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends M> letter) {
        delegate.enqueue(sequenceIdentifier, letter);
    }

    @Override
    public void evict(DeadLetter<? extends M> letter) {
        delegate.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends M> letter, UnaryOperator<DeadLetter<? extends M>> letterUpdater) {
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return delegate.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends M>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends M>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends M>> sequenceFilter,
            Function<DeadLetter<? extends M>, EnqueueDecision<M>> processingTask) {
        return delegate.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        delegate.clear();
    }
}
