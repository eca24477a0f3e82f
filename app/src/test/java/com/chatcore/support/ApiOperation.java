package com.chatcore.support;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** One operation of the live OpenAPI document: its parameters and its body's schema, references resolved. */
public record ApiOperation(String method, String path, List<Parameter> parameters, JsonNode bodySchema) {

    public record Parameter(String name, String in, String type) {
    }

    /** Every operation the running server documents at {@code /v3/api-docs}. */
    public static List<ApiOperation> all(ApiClient api) {
        return all(api.get("/v3/api-docs", null).json());
    }

    private static List<ApiOperation> all(JsonNode openApi) {
        JsonNode schemas = openApi.path("components").path("schemas");
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            parameter.path("schema").path("type").asString("string")));
                }
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                operations.add(new ApiOperation(method.getKey().toUpperCase(), path.getKey(), parameters,
                        body.isMissingNode() ? null : resolve(body, schemas)));
            }
        }
        return operations;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    public boolean hasBody() {
        return bodySchema != null;
    }

    public List<Parameter> query() {
        return parameters.stream().filter(p -> p.in().equals("query")).toList();
    }

    /** The path with its parameter ({@code {id}}, {@code {userId}}, ...) filled in. */
    public String path(String id) {
        return path.replaceAll("\\{[^/}]+}", Matcher.quoteReplacement(id));
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
