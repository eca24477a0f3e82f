package com.chatcore.web.error;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means PostgreSQL cannot be reached (stopped, restarting, pool out of connections past
 * its time-out), which the client should retry, rather than a defect. Axon and Spring wrap it in their
 * own exceptions, so the whole cause chain is read.
 */
public final class DatabaseUnavailable {

    private static final int MAX_DEPTH = 32;
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
            // 08: connection exceptions; 57P: the server is shutting down or starting up.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            // Hikari's answer on a connection it closed as broken carries no SQL state.
            if (cause instanceof SQLException sql && sql.getSQLState() == null
                    && HIKARI_CLOSED.equals(sql.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
