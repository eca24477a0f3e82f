package com.chatcore.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Expected bodies written as JSON text, compared node by node with what the server answered. */
public final class ExpectedJson {

    public static final String UNAUTHENTICATED = "Las credenciales de autenticación no se proveyeron.";
    public static final String FORBIDDEN = "Usted no tiene permiso para realizar esta acción.";
    public static final String NOT_FOUND = "No encontrado.";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ExpectedJson() {
    }

    /** Parses JSON text; {@code String.formatted} arguments fill its {@code %s}/{@code %d} holes. */
    public static JsonNode parse(String json, Object... args) {
        return JSON.readTree(args.length == 0 ? json : json.formatted(args));
    }

    /** {@code {"detail": message}}. */
    public static JsonNode detail(String message) {
        return JSON.createObjectNode().put("detail", message);
    }

    /** {@code {"field": ["message"]}}. */
    public static JsonNode fieldError(String field, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray(field).add(message);
        return body;
    }
}
