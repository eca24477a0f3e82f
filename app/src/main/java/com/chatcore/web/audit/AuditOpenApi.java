package com.chatcore.web.audit;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What annotations cannot say: a direct chat's {@code raw_last_message} is any JSON value, as its client sent it. */
@Configuration(proxyBeanMethods = false)
class AuditOpenApi {

    @Bean
    OpenApiCustomizer auditStateAnyValue() {
        return openApi -> {
            Schema<?> state = openApi.getComponents().getSchemas().get("AuditConversationState");
            if (state != null && state.getProperties() != null) {
                state.getProperties().put("raw_last_message", new Schema<>().nullable(true)
                        .description("the client's lastMessage JSON as stored, any JSON value (DIRECT)"));
            }
        };
    }
}
