package com.chatcore.support;

import com.chatcore.ChatApplication;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Another node in the test's JVM: the server on the shared test database, with the tests' JWT secret. */
public final class OtherNode {

    private OtherNode() {
    }

    public static ConfigurableApplicationContext start(DataSource dataSource, String name, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--spring.datasource.username=postgres",
                "--chat.jwt.secret=" + IntegrationTest.JWT_SECRET,
                "--chat.data-dir=" + Path.of("target", "it-data", "node-" + name + "-" + UUID.randomUUID())));
        arguments.addAll(List.of(moreArguments));
        return new SpringApplicationBuilder(ChatApplication.class).run(arguments.toArray(String[]::new));
    }

    public static int portOf(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
