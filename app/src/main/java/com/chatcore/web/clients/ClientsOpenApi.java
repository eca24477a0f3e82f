package com.chatcore.web.clients;

import com.chatcore.web.error.DrfMessages;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents seed 004's {@code {"error": "..."}} (the common {@code RuleError} schema) on this family's routes,
 * beside the shapes the server's request filters answer with before any route runs, and {@code session_id} as
 * the string or integer it may be.
 */
@Component
class ClientsOpenApi implements OperationCustomizer, OpenApiCustomizer {

    private static final String RULE = "RuleError";
    private static final String FIELDS = "FieldErrors";
    private static final String DETAIL = "DetailError";
    /** What the model of a {@code JsonNode} field is named; it describes Jackson's class, not the field. */
    private static final String JSON_NODE = "JsonNode";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType() != ClientsController.class) {
            return operation;
        }
        ApiResponses responses = operation.getResponses();
        String route = handler.getMethod().getName();
        responses.addApiResponse("400", response("A missing or malformed field, or unreadable JSON; text a filter"
                + " refuses before the route runs keeps the common shapes", anyOf(RULE, FIELDS, DETAIL),
                ClientRefusal.CHAT_ID_REQUIRED));
        responses.addApiResponse("403", response("A role other than AGENT and SUPERUSER; or a cross-origin"
                + " request from an origin not allowed", anyOf(RULE, DETAIL), ClientsErrors.FORBIDDEN));
        if (!handler.hasMethodAnnotation(GetMapping.class)) {
            responses.addApiResponse("409", response("Another request changed the same client at once, or a request"
                    + " with the same Idempotency-Key is still running", anyOf(RULE, DETAIL), ClientsErrors.CONFLICT));
        }
        switch (route) {
            case "view" -> {
                responses.addApiResponse("404", response("No conversation with this chat id, or its client is gone",
                        ref(RULE), ClientRefusal.CONVERSATION_NOT_FOUND, ClientRefusal.CLIENT_NOT_FOUND));
                responses.addApiResponse("408", response("The lookup took longer than chat.clients.lookup-timeout",
                        ref(RULE), ClientRefusal.TIMEOUT));
            }
            case "linkConversation" -> {
                responses.addApiResponse("404", response("No such client", ref(RULE), ClientRefusal.CLIENT_NOT_FOUND));
                responses.addApiResponse("409", response("The chat id belongs to another client; or a request with"
                        + " the same Idempotency-Key is still running", anyOf(RULE, DETAIL),
                        "Chat ID already belongs to another client"));
            }
            case "delete" -> responses.addApiResponse("404", response("No such client", ref(RULE),
                    ClientRefusal.CLIENT_NOT_FOUND));
            default -> {
            }
        }
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", response("The request body is too large", anyOf(RULE, DETAIL),
                    DrfMessages.TOO_LARGE));
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Schema<?> request = openApi.getComponents().getSchemas().get("RegisterClientRequest");
        if (request == null) {
            return;
        }
        request.getProperties().put("session_id", new ComposedSchema().oneOf(List.of(
                        new StringSchema().maxLength(255), new IntegerSchema().format("int64")))
                .description("A string of at most 255 characters, or an integer (kept as its decimal text)")
                .example("xyz789"));
        if (!Json.pretty(openApi).contains("#/components/schemas/" + JSON_NODE)) {
            openApi.getComponents().getSchemas().remove(JSON_NODE);
        }
    }

    private static ApiResponse response(String description, Schema<?> schema, String... messages) {
        MediaType body = new MediaType().schema(schema);
        if (messages.length == 1) {
            body.example(Map.of("error", messages[0]));
        } else {
            Map<String, Example> examples = new LinkedHashMap<>();
            for (String message : messages) {
                examples.put(message, new Example().value(Map.of("error", message)));
            }
            body.examples(examples);
        }
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json", body));
    }

    private static Schema<?> anyOf(String... names) {
        return new Schema<>().anyOf(Arrays.stream(names).map(ClientsOpenApi::ref).map(s -> (Schema) s).toList());
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
