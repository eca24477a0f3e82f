package com.chatcore.query.audit;

import com.chatcore.api.audit.AuditEventView;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Server-side cursors over the event store: PostgreSQL's driver fetches {@link #FETCH_SIZE} rows at a time
 * only inside a transaction, so each cursor holds its own read-only connection until its stream is closed.
 * A stream of any length is read in constant memory.
 */
@Component
class EventCursors {

    static final int FETCH_SIZE = 200;

    private final DataSource dataSource;

    EventCursors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Stream<AuditEventView> open(String sql, Object... arguments) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            Cursor cursor = new Cursor(connection, statement, statement.executeQuery());
            return StreamSupport.stream(cursor, false).onClose(cursor::close);
        } catch (SQLException e) {
            release(connection);
            throw new UncategorizedSQLException("open an event cursor", sql, e);
        }
    }

    private static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // The pool validates and replaces a broken connection.
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing more to release.
            }
        }
    }

    private static final class Cursor extends Spliterators.AbstractSpliterator<AuditEventView> {

        private final Connection connection;
        private final PreparedStatement statement;
        private final ResultSet rows;
        private int read;
        private boolean closed;

        Cursor(Connection connection, PreparedStatement statement, ResultSet rows) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.connection = connection;
            this.statement = statement;
            this.rows = rows;
        }

        @Override
        public boolean tryAdvance(Consumer<? super AuditEventView> action) {
            if (closed) {
                return false;
            }
            try {
                if (!rows.next()) {
                    close();
                    return false;
                }
                action.accept(AuditRows.view(rows, read++));
                return true;
            } catch (SQLException e) {
                close();
                throw new UncategorizedSQLException("read an event cursor", null, e);
            }
        }

        synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                rows.close();
                statement.close();
            } catch (SQLException ignored) {
                // The connection's release below closes them too.
            }
            release(connection);
        }
    }
}
