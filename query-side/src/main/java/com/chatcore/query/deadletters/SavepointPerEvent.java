package com.chatcore.query.deadletters;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Savepoint;

/**
 * Keeps a poison event from stalling its projection. A failing statement aborts the whole PostgreSQL
 * transaction; without a savepoint the dead-letter queue could not even record the poison event and the
 * projection would retry its batch forever. In its own savepoint, only that event's changes roll back, the
 * event is dead-lettered, and the batch goes on. (This is why read models are written with plain SQL: JPA
 * would mark the whole transaction rollback-only on the first error.)
 * <p>
 * Savepoints are taken only after a failure ({@link ProjectionSavepoints}): until then a handler that fails
 * marks its transaction rollback-only, so the batch (the read model's rows and the processor's token) rolls
 * back whole, nothing half-applied or dead-lettered is kept, and the tracking processor retries the batch
 * (after 1 s), this time with a savepoint per event.
 */
@Component
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = "com.chatcore.query.";

    private final DataSource dataSource;
    private final ProjectionSavepoints savepoints;

    SavepointPerEvent(DataSource dataSource, ProjectionSavepoints savepoints) {
        this.dataSource = dataSource;
        this.savepoints = savepoints;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean projectionHandler = original.declaringClass().getName().startsWith(PROJECTIONS)
                && original.canHandleMessageType(EventMessage.class)
                && original.annotationAttributes(EventHandler.class).isPresent();
        return projectionHandler ? new Isolated<>(original) : original;
    }

    private final class Isolated<T> extends WrappedMessageHandlingMember<T> {

        Isolated(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return super.handle(message, target);
            }
            if (!savepoints.protecting()) {
                return unprotected(message, target);
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            Savepoint savepoint = connection.setSavepoint();
            try {
                Object result = super.handle(message, target);
                connection.releaseSavepoint(savepoint);
                return result;
            } catch (Exception | Error failure) {
                connection.rollback(savepoint);
                throw failure;
            }
        }

        private Object unprotected(Message<?> message, T target) throws Exception {
            try {
                return super.handle(message, target);
            } catch (Exception | Error failure) {
                // Commit then rolls back and throws: the processor retries the batch, protected.
                ((ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource)).setRollbackOnly();
                savepoints.failedUnprotected();
                throw failure;
            }
        }
    }
}
