package com.chatcore.config;

import com.chatcore.cluster.ClusterNode;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The event store and the projections' token store on plain JDBC, in the tables Flyway creates
 * (named in {@link AxonTables}). JPA cost about a fifth of the server's CPU per message (entity mapping,
 * dirty checks and flushes for each appended event and each token update); the JDBC engines write the
 * same rows with one statement each. They take the connection of the Spring transaction in progress,
 * so a projection's rows and its token still commit together. An idle node polls for other nodes'
 * events every {@code chat.events.poll-interval} instead of every second.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
// axon.eventhandling.tokenstore.*: Axon's JDBC auto-configuration, unlike its JPA one, does not always bind them.
@EnableConfigurationProperties(TokenStoreProperties.class)
class EventStoreConfig {

    /**
     * Axon's own bean for this waits, by name, for Spring Boot 3's JDBC transaction manager configuration;
     * under Spring Boot 4 (new package names) it is decided before that bean exists and falls back to no
     * transactions at all: a command's SQL (an agent's workload) then committed even when its events failed
     * to append, and a projection's rows apart from its token. Declared here, every unit of work runs in one
     * Spring transaction.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Tells a duplicate (aggregate, sequence) key, a concurrent append, from other errors, with Spring's
     * translation of the database's own error codes (PostgreSQL: 23505). Axon's resolver for this lives
     * with its JPA code and needs JPA on the class path.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver(DataSource dataSource) {
        SQLExceptionTranslator translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
        return failure -> {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql
                        && translator.translate("append events", null, sql) instanceof DuplicateKeyException) {
                    return true;
                }
            }
            return false;
        };
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer, Configuration configuration,
            ConnectionProvider axonConnectionProvider, TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .schema(AxonTables.EVENTS)
                .connectionProvider(axonConnectionProvider)
                .transactionManager(transactionManager)
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider axonConnectionProvider, Serializer defaultSerializer,
            TokenStoreProperties properties) {
        return JdbcTokenStore.builder()
                .connectionProvider(axonConnectionProvider)
                .serializer(defaultSerializer)
                .schema(AxonTables.TOKENS)
                .claimTimeout(properties.getClaimTimeout())
                .build();
    }

    @Bean
    ClusterEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
            ChatProperties properties, JdbcTemplate jdbc, ClusterNode node,
            @Qualifier("conversationCache") Cache conversationCache) {
        return new ClusterEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(properties.events().pollInterval().toMillis())
                .timeUnit(TimeUnit.MILLISECONDS), jdbc, node, conversationCache);
    }
}
