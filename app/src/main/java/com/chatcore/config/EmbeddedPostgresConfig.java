package com.chatcore.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: with no {@code spring.datasource.url}, start a real PostgreSQL from Maven
 * Central binaries, keeping its files under {@code <data-dir>/postgres} so a restart keeps every event.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ChatProperties properties, EmbeddedDatabaseProperties settings) {
        Path directory = properties.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(directory);
            OrphanedPostmaster.clear(directory, settings.orphanStopTimeout());
            // The library's defaults are for tests (fsync off, asynchronous commit): a power loss could lose
            // acknowledged events or corrupt the cluster. Later options win over its -F.
            String durable = settings.durable() ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Its own JVM hook stopped PostgreSQL the moment SIGTERM arrived, while requests and
                    // projections still ran; the context closes it last, after the pool (bean destroy order).
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {}{}", postgres.getPort(), directory,
                    settings.durable() ? "" : " (not durable: fsync and synchronous commit off)");
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(directory, e);
        }
    }

    /** The pool settings of {@code spring.datasource.hikari} apply here as they do to an external database. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded");
        return dataSource;
    }
}
