package com.chatcore.config;

import com.chatcore.api.conversation.ChatMessageView;
import com.chatcore.query.signals.Projected;
import com.chatcore.query.signals.ProjectedMessages;
import com.chatcore.support.IntegrationTest;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write awaited on this node and projected on another: the other node's projection announces it on
 * PostgreSQL's channel when its transaction commits, and this node's waiter hears of it (without a view)
 * within milliseconds, instead of at its next re-read.
 */
class ProjectedElsewhereIntegrationTest extends IntegrationTest {

    @Autowired
    ProjectedMessages projectedMessages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void aWriteAnnouncedByAnotherNodesProjectionReachesTheWaiterHere() throws Exception {
        String messageId = UUID.randomUUID().toString();
        Projected<ChatMessageView> otherNode = new OtherNodesMessages(projectedMessages.channel(), jdbc, clock);
        try (Projected.Expectation<ChatMessageView> waiting = projectedMessages.expect(messageId)) {
            long start = System.nanoTime();
            transactions.executeWithoutResult(status ->
                    otherNode.written(messageId, clock.instant(), () -> null));

            assertThat(waiting.future().get(5, TimeUnit.SECONDS)).as("no view: the waiter reads the row").isNull();
            System.out.printf("announced write heard after %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    @Test
    void aBatchsWritesAreAnnouncedTogetherWhenItCommits() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Projected<ChatMessageView> otherNode = new OtherNodesMessages(projectedMessages.channel(), jdbc, clock);
        try (Projected.Expectation<ChatMessageView> waitingFirst = projectedMessages.expect(first);
                Projected.Expectation<ChatMessageView> waitingSecond = projectedMessages.expect(second)) {
            transactions.executeWithoutResult(status -> {
                UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
                otherNode.written(first, clock.instant(), () -> null);
                otherNode.written(second, clock.instant(), () -> null);
                assertThat(waitingFirst.future()).as("nothing sent before the batch commits")
                        .failsWithin(Duration.ofMillis(300));
                batch.commit();
            });

            assertThat(waitingFirst.future().get(5, TimeUnit.SECONDS)).isNull();
            assertThat(waitingSecond.future().get(5, TimeUnit.SECONDS)).isNull();
        }
    }

    @Test
    void aRolledBackProjectionAnnouncesNothing() {
        String messageId = UUID.randomUUID().toString();
        Projected<ChatMessageView> otherNode = new OtherNodesMessages(projectedMessages.channel(), jdbc, clock);
        try (Projected.Expectation<ChatMessageView> waiting = projectedMessages.expect(messageId)) {
            transactions.executeWithoutResult(status -> {
                otherNode.written(messageId, clock.instant(), () -> null);
                status.setRollbackOnly();
            });

            assertThat(waiting.future()).as("still waiting a second later")
                    .failsWithin(Duration.ofSeconds(1));
        }
    }

    @Test
    void oldEventsAreNotAnnounced() {
        String messageId = UUID.randomUUID().toString();
        Projected<ChatMessageView> otherNode = new OtherNodesMessages(projectedMessages.channel(), jdbc, clock);
        try (Projected.Expectation<ChatMessageView> waiting = projectedMessages.expect(messageId)) {
            transactions.executeWithoutResult(status ->
                    otherNode.written(messageId, clock.instant().minus(Duration.ofHours(1)), () -> null));

            assertThat(waiting.future()).failsWithin(Duration.ofSeconds(1));
        }
    }

    /** Another node's registry for the same channel: nobody waits there, so it announces. */
    private static final class OtherNodesMessages extends Projected<ChatMessageView> {
        OtherNodesMessages(String channel, JdbcTemplate jdbc, Clock clock) {
            super(channel, jdbc, clock);
        }
    }
}
