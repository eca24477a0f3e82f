package com.chatcore;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one executable: every node runs this same jar (see ARCHITECTURE.md, scale-out). */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ChatApplication {

    public static void main(String[] args) {
        // These machines (and many production networks) have no internet: never phone home.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(ChatApplication.class, args);
    }
}
