package com.chatcore.web.error;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link StorableText} to every string a request body holds, whatever record or field it lands
 * in, so no route can forget it. The failure carries the field's path; {@link UnreadableBodies} turns it
 * into the family's field error.
 */
@Configuration(proxyBeanMethods = false)
class StorableTextJson {

    @Bean
    JacksonModule storableTextModule() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new StorableStringDeserializer());
    }

    static final class UnstorableTextException extends InvalidFormatException {

        UnstorableTextException(JsonParser parser, String problem, String value) {
            super(parser, problem, value, String.class);
        }

        String problem() {
            return getOriginalMessage();
        }
    }

    private static final class StorableStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            var problem = StorableText.problem(value);
            if (problem.isPresent()) {
                throw new UnstorableTextException(parser, problem.get(), value);
            }
            return value;
        }
    }
}
