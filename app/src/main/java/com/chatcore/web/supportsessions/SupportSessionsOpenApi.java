package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.SupportSessionRuleViolation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * Seed 001's error bodies on its routes (the common shapes of {@code web.error} remain possible for what the
 * edge refuses before a route runs: a body too large, text that cannot be stored, a foreign origin).
 */
@Configuration(proxyBeanMethods = false)
class SupportSessionsOpenApi {

    static final String ERROR = "SupportError";
    static final String VALIDATION = "SupportValidationError";
    static final String UNAUTHORIZED = "Token inválido o expirado";

    @Bean
    OpenApiCustomizer supportSessionsErrorResponses() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            schemas.put(ERROR, new ObjectSchema().description("Seed 001's error").addRequiredItem("success")
                    .addRequiredItem("message").addProperty("success", new BooleanSchema().example(false))
                    .addProperty("message", new StringSchema().example(SupportMessages.NOT_FOUND)));
            schemas.put(VALIDATION, new ObjectSchema().description("Seed 001's 400").addRequiredItem("success")
                    .addRequiredItem("message").addRequiredItem("errors")
                    .addProperty("success", new BooleanSchema().example(false))
                    .addProperty("message", new ArraySchema().items(new StringSchema()))
                    .addProperty("errors", new ObjectSchema().additionalProperties(
                            new ArraySchema().items(new StringSchema()))));
            openApi.getPaths().forEach((path, item) -> {
                if (isSupportRoute(path)) {
                    item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
                }
            });
        };
    }

    static boolean isSupportRoute(String path) {
        return path.equals("/api/chat/session") || path.startsWith("/api/chat/session/")
                || path.equals("/api/chat/message") || path.equals("/api/chat/sessions")
                || path.startsWith("/api/chat/sessions/") || path.equals("/api/chat/stats");
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        error(operation, "400", "A blank or too long message, an unreadable body, a bad page; a rating outside 1..5, a"
                + " session not closed yet or already rated",
                Map.of("success", false, "message", List.of(SupportMessages.EMPTY_MESSAGE),
                        "errors", Map.of("message", List.of(SupportMessages.EMPTY_MESSAGE))));
        error(operation, "401", "Missing, invalid, expired or revoked token",
                body(UNAUTHORIZED));
        error(operation, "403", "Another user's session, a support route for a user, a session another agent"
                + " holds (or a foreign origin)", body(SupportMessages.FORBIDDEN));
        error(operation, "404", "No such session, or (sending) no open session", body(SupportMessages.NOT_FOUND));
        error(operation, "409", method == PathItem.HttpMethod.POST && path.endsWith("/session")
                ? "The caller already has an open session" : "Changed by another request at once",
                body(SupportSessionRuleViolation.SESSION_OPEN_MESSAGE));
        if (path.equals("/api/chat/message")) {
            error(operation, "429", "More than 10 messages in a minute", body(SupportMessages.TOO_MANY));
        }
        error(operation, "406", "No acceptable representation (the API answers JSON)", body("Not Acceptable"));
        error(operation, "415", "A request body that is not JSON", body("Unsupported Media Type"));
        error(operation, "500", "Unexpected failure (never a trace)", body(SupportMessages.SERVER_ERROR));
        error(operation, "503", "The database or a read model is behind; retry", body(SupportMessages.UNAVAILABLE));
    }

    private static Map<String, Object> body(String message) {
        return Map.of("success", false, "message", message);
    }

    private static void error(Operation operation, String status, String description, Object example) {
        Schema<?> shapes = new Schema<>().anyOf(List.of(ref(ERROR), ref(VALIDATION), ref("DetailError"),
                ref("FieldErrors"), ref("RuleError")));
        MediaType body = new MediaType().schema(shapes).example(example);
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", body)
                        .addMediaType("application/problem+json", body)));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
