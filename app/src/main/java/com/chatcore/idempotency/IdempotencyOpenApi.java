package com.chatcore.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;

/** Documents {@code Idempotency-Key} on every POST of the OpenAPI document, where the filter honours it. */
@Configuration(proxyBeanMethods = false)
class IdempotencyOpenApi {

    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(PostMapping.class)) {
                operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                        .schema(new StringSchema().minLength(1).maxLength(IdempotencyFilter.MAX_KEY_LENGTH))
                        .description("A retry with the same key and request within 24 h answers the first "
                                + "answer again (header Idempotent-Replayed: true) and writes nothing; the same "
                                + "key with another request answers 422; while the first runs, 409."));
            }
            return operation;
        };
    }
}
