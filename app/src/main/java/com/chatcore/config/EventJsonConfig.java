package com.chatcore.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON of the event store (Axon's serializer uses Jackson 2, beside Boot's Jackson 3 for HTTP).
 * Times are ISO-8601 strings so auditors read them as they are; unknown fields are tolerated so an
 * older node can read events written by a newer one during a rolling upgrade.
 */
@Configuration(proxyBeanMethods = false)
class EventJsonConfig {

    @Bean
    ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
