package com.chatcore.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Base of HTTP integration tests: one application context (and one PostgreSQL) per JVM, shared by
 * every subclass. The database is the embedded default in a fresh directory under target/, or the
 * server named by CHAT_TEST_DATASOURCE_URL (with _USERNAME and _PASSWORD). Every answer a subclass
 * receives through {@link ApiClient} is checked against the published OpenAPI document ({@link ApiContractCheck}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chat.bootstrap-superuser.username=" + IntegrationTest.SUPERUSER,
        "chat.bootstrap-superuser.password=" + IntegrationTest.SUPERUSER_PASSWORD,
        "chat.jwt.secret=" + IntegrationTest.JWT_SECRET,
        // Every test's guest chats come from 127.0.0.1: the per-address limit would starve the suite.
        // GuestChatProtectionsIntegrationTest checks that limit in its own context.
        "chat.guest.max-chats-per-hour-per-ip=1000000",
        "chat.guest.max-sessions-per-hour-per-ip=1000000",
        // Likewise every failed login: LoginThrottlingIntegrationTest checks these limits in its own context.
        "chat.login.max-failures-per-address=1000000",
        // Throw-away data: durability (fsync, synchronous commit) only slows the suite down.
        "chat.embedded-database.durable=false",
        // Several segments per projection whatever the machine's cores: parallel projections in every test.
        "chat.projections.segments=4",
        // Browser frontends elsewhere: CorsIntegrationTest.
        "chat.cors.allowed-origins=" + IntegrationTest.FRONTEND_ORIGIN + ", https://*.example.com"
})
@ExtendWith(ApiContractCheck.class)
public abstract class IntegrationTest {

    public static final String SUPERUSER = "root";
    public static final String JWT_SECRET = "integration-tests-secret-of-at-least-32-bytes!";
    public static final String FRONTEND_ORIGIN = "http://localhost:5173";
    public static final String SUPERUSER_PASSWORD = "root-password-1";
    public static final Path DATA_DIR = Path.of("target", "it-data", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    protected ApiClient api;
    protected Accounts accounts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("chat.data-dir", DATA_DIR::toString);
        String url = System.getenv("CHAT_TEST_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> System.getenv("CHAT_TEST_DATASOURCE_USERNAME"));
            registry.add("spring.datasource.password", () -> System.getenv("CHAT_TEST_DATASOURCE_PASSWORD"));
        }
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
        accounts = new Accounts(api);
    }

    /** A name no other test uses, so tests sharing one database never collide. */
    public static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }
}
