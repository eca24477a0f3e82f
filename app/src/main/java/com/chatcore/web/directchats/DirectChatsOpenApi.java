package com.chatcore.web.directchats;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * What annotations cannot say about seed 002's routes: {@code lastMessage} is any JSON value, a participant
 * id a string or a number, and errors are seed 002's {@code {"success": false, "message"}} (the common shapes
 * of {@code web.error} remain possible for what the edge refuses before a route runs).
 */
@Configuration(proxyBeanMethods = false)
class DirectChatsOpenApi {

    static final String ERROR = "DirectChatError";

    @Bean
    OpenApiCustomizer directChatsSchemasAndErrors(@Value("${chat.seed002.base-path:/api/chats}") String basePath) {
        return openApi -> {
            describeBodies(openApi);
            openApi.getPaths().forEach((path, item) -> {
                if (path.equals(basePath) || path.startsWith(basePath + "/")) {
                    item.readOperationsMap().forEach((method, operation) -> documentErrors(method, operation));
                }
            });
        };
    }

    private static void describeBodies(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.put(ERROR, new ObjectSchema().description("Seed 002's error").addRequiredItem("success")
                .addRequiredItem("message").addProperty("success", new BooleanSchema().example(false))
                .addProperty("message", new StringSchema().example(DirectChatMessages.CHAT_NOT_FOUND)));
        property(schemas, "DirectChat", "lastMessage", anyValue("The last message exactly as it was sent (any JSON"
                + " value; the public client sends {text, sender, timestamp}); null when none"));
        for (String request : List.of("CreateDirectChatRequest", "UpdateDirectChatRequest")) {
            property(schemas, request, "participants", new ArraySchema().description("User ids, as strings or"
                    + " numbers (at least 2 distinct; duplicates count once)").items(new Schema<>()
                    .anyOf(List.of(new StringSchema().example("7"), new IntegerSchema().example(8)))));
            property(schemas, request, "lastMessage", anyValue("Any JSON value, answered back exactly as sent"));
        }
        property(schemas, "LastMessageRequest", "lastMessage", anyValue("Required; any JSON value, null included"));
        // What the model reader made of the Java types read as raw JSON, now referenced by nothing.
        for (String unused : List.of("RawJsonValue", "JsonNode")) {
            if (!Json.pretty(openApi).contains("\"#/components/schemas/" + unused + "\"")) {
                schemas.remove(unused);
            }
        }
    }

    private static void property(Map<String, Schema> schemas, String schema, String property, Schema<?> value) {
        Schema<?> owner = schemas.get(schema);
        if (owner != null && owner.getProperties() != null) {
            owner.getProperties().put(property, value);
        }
    }

    private static Schema<?> anyValue(String description) {
        return new Schema<>().description(description).nullable(true)
                .example(Map.of("text", "Hola, ¿podemos coordinar?", "sender", "7",
                        "timestamp", "2025-12-10T11:00:00.000Z"));
    }

    private static void documentErrors(PathItem.HttpMethod method, Operation operation) {
        error(operation, "400", "The body is not what the route reads, or a participant list breaks the rules",
                DirectChatMessages.PARTICIPANTS_REQUIRED);
        error(operation, "403", "A USER acting on a chat they do not take part in, or on another user's chats",
                DirectChatMessages.NOT_A_PARTICIPANT);
        error(operation, "404", "No such chat, user or participant", DirectChatMessages.CHAT_NOT_FOUND);
        if (method == PathItem.HttpMethod.PUT) {
            error(operation, "409", "Another chat has exactly these participants", DirectChatMessages.EXISTS);
        }
    }

    private static void error(Operation operation, String status, String description, String example) {
        Schema<?> shapes = new Schema<>().anyOf(List.of(ref(ERROR), ref("DetailError"), ref("FieldErrors"),
                ref("RuleError")));
        MediaType body = new MediaType().schema(shapes).example(Map.of("success", false, "message", example));
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", body)
                        .addMediaType("application/problem+json", body)));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
