package com.chatcore.query.deadletters;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Savepoint;

/**
 * Runs every projection event handler inside its own savepoint. A failing statement aborts the whole
 * PostgreSQL transaction; without a savepoint the dead-letter queue could not even record the poison
 * event and the projection would retry its batch forever. With it, only that event's changes roll back,
 * the event is dead-lettered, and the batch goes on. (This is why read models are written with plain
 * SQL: JPA would mark the whole transaction rollback-only on the first error.)
 */
@Component
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = "com.chatcore.query.";

    private final DataSource dataSource;

    SavepointPerEvent(DataSource dataSource) {
        this.dataSource = dataSource;
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
    }
}
