package com.chatcore.query.writes;

import com.chatcore.query.deadletters.ProjectionSavepoints;
import com.chatcore.support.IntegrationTest;
import com.chatcore.support.MovableClock;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deferred projection statements against the real database, in a unit of work with a transaction as a tracking
 * processor runs one: sent in order just before the commit; a failing one rolls the whole batch back and turns
 * savepoint protection on; while protection is on, statements run at once.
 */
class DeferredWritesIntegrationTest extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionManager transactions;

    private final MovableClock clock = new MovableClock();
    private ProjectionSavepoints savepoints;
    private DeferredWrites writes;
    private String table;

    @BeforeEach
    void ownTable() {
        savepoints = new ProjectionSavepoints(clock);
        writes = new DeferredWrites(jdbc, savepoints);
        table = unique("deferred_writes").toLowerCase().replaceAll("[^a-z0-9_]", "_");
        jdbc.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, value TEXT NOT NULL)");
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE " + table);
    }

    @Test
    void statementsGoOutInOrderJustBeforeTheCommit() {
        AtomicReference<List<String>> seenInside = new AtomicReference<>();
        inUnitOfWork(() -> {
            for (int id = 1; id <= 3; id++) {
                writes.update("INSERT INTO " + table + " (id, value) VALUES (?, ?)", id, "first");
            }
            writes.update("UPDATE " + table + " SET value = ? WHERE id = ?", "second", 2);
            writes.update("INSERT INTO " + table + " (id, value) VALUES (?, ?)", 4, "first");
            seenInside.set(values());
        });

        assertThat(seenInside.get()).as("nothing sent before the commit").isEmpty();
        assertThat(values()).containsExactly("1=first", "2=second", "3=first", "4=first");
    }

    @Test
    void aReadAfterAFlushSeesTheWritesBeforeIt() {
        AtomicReference<List<String>> seenInside = new AtomicReference<>();
        inUnitOfWork(() -> {
            writes.update("INSERT INTO " + table + " (id, value) VALUES (?, ?)", 1, "first");
            writes.flush();
            seenInside.set(values());
            writes.update("UPDATE " + table + " SET value = ? WHERE id = ?", "second", 1);
        });

        assertThat(seenInside.get()).containsExactly("1=first");
        assertThat(values()).containsExactly("1=second");
    }

    @Test
    void aFailingStatementRollsTheBatchBackAndTurnsProtectionOn() {
        assertThat(savepoints.protecting()).isFalse();

        assertThatThrownBy(() -> inUnitOfWork(() -> {
            writes.update("INSERT INTO " + table + " (id, value) VALUES (?, ?)", 1, "kept only if all commit");
            writes.update("INSERT INTO " + table + " (id, value) VALUES (?, ?)", 2, "poison\u0000");
        })).isNotNull();

        assertThat(values()).as("the batch rolled back whole").isEmpty();
        assertThat(savepoints.protecting()).as("the retry runs each event in its own savepoint").isTrue();
    }

    @Test
    void whileProtectedStatementsRunAtOnce() {
        savepoints.failedUnprotected();
        AtomicReference<List<String>> seenInside = new AtomicReference<>();
        inUnitOfWork(() -> {
            writes.update("INSERT INTO " + table + " (id, value) VALUES (?, ?)", 1, "now");
            seenInside.set(values());
        });

        assertThat(seenInside.get()).containsExactly("1=now");
        assertThat(writes.deferring()).as("outside a unit of work").isFalse();
    }

    private void inUnitOfWork(Runnable work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        unitOfWork.attachTransaction(transactions);
        try {
            unitOfWork.execute(work);
        } finally {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback();
            }
        }
    }

    private List<String> values() {
        return jdbc.queryForList("SELECT id || '=' || value FROM " + table + " ORDER BY id", String.class);
    }
}
