package com.chatcore.query.writes;

import com.chatcore.query.deadletters.ProjectionSavepoints;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;

/**
 * A projection's statements, sent together when its transaction is about to commit instead of one round trip each.
 * A tracking processor handles up to 50 events in one transaction (a backlog, a replay); their statements go out in
 * the order they were made, each run of one statement text as one JDBC batch, which the PostgreSQL driver pipelines.
 * A handler whose later reads depend on its own writes calls {@link #flush()} first.
 * <p>
 * Outside a processor's unit of work, and while {@link ProjectionSavepoints} protects handlers (after a failure),
 * statements run at once: there each event's statements must run within its own savepoint. A batch that fails when
 * sent rolls its whole transaction back and turns that protection on, so the processor's retry finds the poison
 * event alone, as for a failing handler.
 */
@Component
public class DeferredWrites {

    private final JdbcTemplate jdbc;
    private final ProjectionSavepoints savepoints;
    private final String resourceKey = DeferredWrites.class.getName() + "@" + System.identityHashCode(this);

    DeferredWrites(JdbcTemplate jdbc, ProjectionSavepoints savepoints) {
        this.jdbc = jdbc;
        this.savepoints = savepoints;
    }

    /** Runs {@code sql} before the current projection transaction commits, after every statement deferred before. */
    public void update(String sql, Object... args) {
        if (!deferring()) {
            flush();
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<Statement> pending = unitOfWork.getOrComputeResource(resourceKey, key -> {
            List<Statement> statements = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> send(statements));
            return statements;
        });
        pending.add(new Statement(sql, args));
    }

    /** Runs {@code sql} now, after every statement deferred before it, and answers its update count. */
    public int updateNow(String sql, Object... args) {
        flush();
        return jdbc.update(sql, args);
    }

    /** Whether statements wait for the commit now: within a processor's transaction, with no protection on. */
    public boolean deferring() {
        return CurrentUnitOfWork.isStarted() && TransactionSynchronizationManager.isActualTransactionActive()
                && !savepoints.protecting();
    }

    /** Sends what this transaction deferred so far: a read that follows sees it. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Statement> pending = CurrentUnitOfWork.get().root().getResource(resourceKey);
            if (pending != null) {
                send(pending);
            }
        }
    }

    private void send(List<Statement> pending) {
        try {
            int from = 0;
            while (from < pending.size()) {
                String sql = pending.get(from).sql();
                int to = from + 1;
                while (to < pending.size() && pending.get(to).sql().equals(sql)) {
                    to++;
                }
                List<Object[]> rows = pending.subList(from, to).stream().map(Statement::args).toList();
                if (rows.size() == 1) {
                    jdbc.update(sql, rows.get(0));
                } else {
                    jdbc.batchUpdate(sql, rows);
                }
                from = to;
            }
        } catch (RuntimeException failure) {
            savepoints.failedUnprotected();
            throw failure;
        } finally {
            pending.clear();
        }
    }

    private record Statement(String sql, Object[] args) {
    }
}
