package com.chatcore.web.error;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Documents the error answers every route shares, in the seeds' shapes, so that no operation repeats
 * them: {@code {"detail": "..."}} (DRF: authentication, permissions, routing, parsing, limits),
 * {@code {"error": "..."}} (business rules) and {@code {"field": ["..."]}} (field errors). An operation
 * keeps a status it documents itself.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponsesOpenApi {

    static final String DETAIL = "DetailError";
    static final String RULE = "RuleError";
    static final String FIELDS = "FieldErrors";

    private static final String PERMISSION_DENIED = "Usted no tiene permiso para realizar esta acción.";
    private static final String NOT_AUTHENTICATED = "Las credenciales de autenticación no se proveyeron.";

    @Bean
    OpenApiCustomizer sharedErrorResponses() {
        return openApi -> {
            addSchemas(openApi);
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (path.startsWith("/api/")) {
                    document(path, method, operation);
                }
            }));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        add(responses, "400", "Invalid input: field errors, a broken rule or an unreadable request", badRequest());
        add(responses, "401", "Missing, invalid, expired or revoked token (public routes too, when one is sent)",
                detail(NOT_AUTHENTICATED));
        // Public routes too: the CORS check refuses a browser request from an origin it does not allow.
        add(responses, "403", "The caller's role may not do this; or a cross-origin request from an origin the"
                + " server does not allow (\"Origen no permitido.\")", detail(PERMISSION_DENIED));
        if (!path.startsWith("/api/auth/") && !path.startsWith("/api/token")) {
            add(responses, "404", "No such resource (chat, agent, message, guest session)",
                    detail(DrfMessages.NOT_FOUND));
        }
        add(responses, "406", "No acceptable representation (the API answers JSON)",
                detail(DrfMessages.NOT_ACCEPTABLE));
        if (method != PathItem.HttpMethod.GET) {
            add(responses, "409", "Another request changed the same resource at once, or a request with the same"
                    + " Idempotency-Key is still running", new MediaType().schema(anyOf(RULE, DETAIL))
                    .example(Map.of("error", DrfMessages.CONFLICT)));
        }
        if (method == PathItem.HttpMethod.POST) {
            add(responses, "422", "The Idempotency-Key was used with another request",
                    detail("La clave de idempotencia ya se usó con otra petición."));
        }
        if (hasBody) {
            add(responses, "413", "The request body is too large", detail(DrfMessages.TOO_LARGE));
        }
        add(responses, "415", "A request body that is not JSON",
                detail("Tipo de medio \"text/plain\" incompatible en la solicitud."));
        if (throttled(path)) {
            add(responses, "429", "Too many requests: logins answer DRF's detail (with Retry-After), guest chats"
                    + " their rule's error", new MediaType().schema(anyOf(RULE, DETAIL)).examples(Map.of(
                            "login", new Example().value(Map.of("detail", "Solicitud fue regulada (throttled)."
                                    + " Se espera que esté disponible en 60 segundos.")),
                            "guest", new Example().value(Map.of("error", "Has enviado demasiados mensajes."
                                    + " Por favor espera un momento.")))));
        }
        add(responses, "500", "Unexpected server error", detail(DrfMessages.SERVER_ERROR));
        add(responses, "503", "The database or a read model is behind: try again after Retry-After seconds",
                detail(DrfMessages.UNAVAILABLE));
        // Content negotiation answers a client that accepts only application/problem+json with the same JSON
        // under that type, successes included.
        responses.values().stream().map(ApiResponse::getContent)
                .filter(content -> content != null && content.get("application/json") != null)
                .forEach(content -> content.putIfAbsent("application/problem+json", content.get("application/json")));
    }

    /** Guest chat limits and login throttling. */
    private static boolean throttled(String path) {
        return path.startsWith("/api/chat/") || path.equals("/api/auth/login") || path.equals("/api/token")
                || path.equals("/api/messages/send_guest_message");
    }

    private static void add(ApiResponses responses, String status, String description, MediaType body) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/json", body)));
        }
    }

    private static MediaType detail(String message) {
        return new MediaType().schema(ref(DETAIL)).example(Map.of("detail", message));
    }

    private static MediaType badRequest() {
        return new MediaType().schema(anyOf(FIELDS, RULE, DETAIL))
                .examples(Map.of(
                        "fields", new Example().summary("Field errors").value(
                                Map.of("username", List.of(DrfMessages.REQUIRED))),
                        "rule", new Example().summary("A business rule").value(
                                Map.of("error", "El chat ya fue tomado por otro agente.")),
                        "unreadable", new Example().summary("An unreadable body").value(
                                Map.of("detail", DrfMessages.MALFORMED_JSON))));
    }

    private static Schema<?> anyOf(String... names) {
        List<Schema> refs = new ArrayList<>();
        Arrays.stream(names).map(ErrorResponsesOpenApi::ref).forEach(refs::add);
        return new Schema<>().anyOf(refs);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static void addSchemas(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new Components());
        }
        openApi.getComponents()
                .addSchemas(DETAIL, new ObjectSchema().description("DRF's error: authentication, permissions,"
                                + " routing, parsing, limits").addRequiredItem("detail")
                        .addProperty("detail", new StringSchema())
                        .addProperty("code", new StringSchema().description("SimpleJWT's code, on token errors")))
                .addSchemas(RULE, new ObjectSchema().description("A business rule the request breaks")
                        .addRequiredItem("error").addProperty("error", new StringSchema()))
                .addSchemas(FIELDS, new ObjectSchema().description("Messages by field name"
                                + " (non_field_errors for the request as a whole)")
                        .additionalProperties(new ArraySchema().items(new StringSchema())));
    }
}
