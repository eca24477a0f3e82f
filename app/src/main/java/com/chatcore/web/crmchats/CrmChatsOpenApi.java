package com.chatcore.web.crmchats;

import com.chatcore.web.error.DrfMessages;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents this family's error envelope on its routes, beside the shapes the server's request filters answer
 * with before any route runs (the common error schemas), and the API key when one is configured.
 */
@Component
class CrmChatsOpenApi implements OperationCustomizer, OpenApiCustomizer {

    static final String ERROR = "CrmChatError";
    static final String API_KEY = "crmApiKey";
    /** OpenApiConfig's scheme of every other route. */
    private static final String BEARER = "bearerAuth";
    private static final String FIELDS = "FieldErrors";
    private static final String DETAIL = "DetailError";
    private static final String RULE = "RuleError";
    /** The routes that name one chat, and so may not find it. */
    private static final Set<String> NAMING_ONE_CHAT = Set.of("get", "update", "patch", "deleteByQuery", "deleteById");

    private final CrmChatsProperties properties;

    CrmChatsOpenApi(CrmChatsProperties properties) {
        this.properties = properties;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (handler.getBeanType() != CrmChatsController.class) {
            return operation;
        }
        ApiResponses responses = operation.getResponses();
        responses.addApiResponse("400", response("Missing or non-integer fields or id, or unreadable JSON (the"
                + " envelope); text a filter refuses before the route runs keeps the common shapes",
                anyOf(ERROR, FIELDS, DETAIL), CrmChatRefusal.INVALID_ID));
        responses.addApiResponse("403", response("A role other than AGENT and SUPERUSER (the envelope); a"
                + " cross-origin request from an origin not allowed", anyOf(ERROR, DETAIL), CrmChatsErrors.FORBIDDEN));
        if (!handler.hasMethodAnnotation(GetMapping.class)) {
            responses.addApiResponse("409", response("Another request changed the same chat at once, or a request"
                    + " with the same Idempotency-Key is still running", anyOf(ERROR, RULE, DETAIL),
                    DrfMessages.CONFLICT));
        }
        if (NAMING_ONE_CHAT.contains(handler.getMethod().getName())) {
            responses.addApiResponse("404", response("No chat with this id", ref(ERROR), CrmChatRefusal.NOT_FOUND));
        }
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", response("The request body is too large", anyOf(ERROR, DETAIL),
                    DrfMessages.TOO_LARGE));
        }
        if (properties.apiKeyEnabled()) {
            operation.security(List.of(new SecurityRequirement().addList(BEARER),
                    new SecurityRequirement().addList(API_KEY)));
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(ERROR, new ObjectSchema()
                .description("Seed 000's error envelope").addRequiredItem("success").addRequiredItem("error")
                .addProperty("success", new BooleanSchema()._enum(List.of(false)))
                .addProperty("error", new StringSchema()));
        if (properties.apiKeyEnabled()) {
            openApi.getComponents().addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                    .in(SecurityScheme.In.HEADER).name(properties.apiKeyHeader())
                    .description("The CRM chats' static key (chat.crm-chats.api-key), for a client without tokens"));
        }
    }

    private static ApiResponse response(String description, Schema<?> schema, String message) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(schema).example(Map.of("success", false, "error", message))));
    }

    private static Schema<?> anyOf(String... names) {
        return new Schema<>().anyOf(Arrays.stream(names).map(CrmChatsOpenApi::ref).map(s -> (Schema) s).toList());
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
