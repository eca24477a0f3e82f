package com.chatcore.fuzz;

import com.chatcore.fuzz.FuzzRequest.Identity;
import com.chatcore.support.ApiOperation;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Generates malformed requests for one operation from its OpenAPI description: bodies shaped by its
 * schema and then broken, hostile path and query values, and odd headers. Half of the requests carry
 * a valid token. Ids that exist come from {@link Targets}; no other id is a small positive number, so
 * a superuser's fuzzed request never reaches another test's accounts.
 */
final class RequestFuzzer {

    /** Escapes what is not ASCII, so that a lone surrogate reaches the server as its JSON escape, not as a "?". */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    private final Targets targets;
    private final BodyBreaker bodies;

    RequestFuzzer(Random random, Targets targets) {
        this.random = random;
        this.targets = targets;
        this.bodies = new BodyBreaker(random);
    }

    /** Ids of objects that exist and may be changed by any fuzzed request. */
    record Targets(String chatRoomId, String guestKey, long agentId) {
    }

    FuzzRequest next(ApiOperation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        Identity identity = identity(headers);
        StringBuilder kinds = new StringBuilder();
        String target = target(operation, kinds);
        byte[] body = null;
        if (operation.hasBody() && random.nextInt(10) > 0) {
            BodyBreaker.Broken broken = bodies.breakBody(validBody(operation.bodySchema()));
            body = broken.bytes();
            kinds.append(broken.kind()).append(' ');
            headers.put("Content-Type", "application/json");
        }
        if (random.nextInt(4) == 0) {
            headers.put("Content-Type", pick(Garbage.CONTENT_TYPES));
            kinds.append("content-type ");
        }
        if (random.nextInt(5) == 0) {
            headers.put("Accept", pick(Garbage.ACCEPTS));
            kinds.append("accept ");
        }
        return new FuzzRequest(operation.method(), target, identity, headers, body, kinds.toString().trim());
    }

    /**
     * A body or a query value with text PostgreSQL cannot store (NUL, a lone UTF-16 surrogate), sent with
     * a valid token; null when the operation takes no text.
     */
    FuzzRequest unstorableText(ApiOperation operation) {
        Identity identity = random.nextBoolean() ? Identity.AGENT : Identity.SUPERUSER;
        String path = operation.path(pathValue(operation, true));
        List<ApiOperation.Parameter> query = operation.query();
        List<String> texts = operation.hasBody() ? operation.bodySchema().path("properties").properties().stream()
                .filter(p -> p.getValue().path("type").asString("").equals("string")).map(Map.Entry::getKey).toList()
                : List.of();
        if (!query.isEmpty() && (texts.isEmpty() || random.nextBoolean())) {
            return new FuzzRequest(operation.method(), path + "?" + pick(query).name() + "=a%00b", identity, Map.of(),
                    null, "unstorable-text query");
        }
        if (texts.isEmpty()) {
            return null;
        }
        ObjectNode body = validBody(operation.bodySchema());
        body.put(pick(texts), pick(List.of("a\u0000b", "a\ud800b", "\udc00")));
        return new FuzzRequest(operation.method(), path, identity, Map.of("Content-Type", "application/json"),
                JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), "unstorable-text body");
    }

    private Identity identity(Map<String, String> headers) {
        return switch (random.nextInt(4)) {
            case 0 -> Identity.AGENT;
            case 1 -> Identity.SUPERUSER;
            case 2 -> Identity.NONE;
            default -> {
                headers.put("Authorization", pick(Garbage.AUTHORIZATIONS));
                yield Identity.GARBAGE;
            }
        };
    }

    private String target(ApiOperation operation, StringBuilder kinds) {
        boolean hostilePath = random.nextInt(3) == 0;
        String path = operation.path(pathValue(operation, !hostilePath));
        if (hostilePath && operation.path().contains("{id}")) {
            kinds.append("path ");
        }
        if (random.nextBoolean()) {
            path = path + "/";
        }
        StringJoiner query = new StringJoiner("&");
        for (ApiOperation.Parameter parameter : operation.query()) {
            if (random.nextInt(4) > 0) {
                boolean hostile = random.nextInt(3) == 0;
                query.add(parameter.name() + "=" + (hostile ? pick(Garbage.URL_VALUES) : plausible(parameter.name())));
                kinds.append(hostile ? "query " : "");
            }
        }
        if (random.nextInt(8) == 0) {
            query.add(pick(List.of("extra=1", "%ff=1", "a=%ff", "=", "&&", "chat_room_id=x&chat_room_id=y", "a")));
            kinds.append("extra-query ");
        }
        return query.length() == 0 ? path : path + "?" + query;
    }

    /** A chat_room_id: unknown, the room id (agent routes) or the guest's key (guest routes). */
    private String knownRoom() {
        return pick(List.of("9b2d3c1e-0000-4000-8000-000000000000", targets.chatRoomId(), targets.guestKey(),
                targets.guestKey()));
    }

    private String pathValue(ApiOperation operation, boolean plausible) {
        boolean numeric = operation.parameters().stream()
                .anyMatch(p -> p.name().equals("id") && p.type().equals("integer"));
        if (!plausible) {
            return pick(Garbage.URL_VALUES.stream().filter(v -> !v.isEmpty()).toList());
        }
        return numeric ? String.valueOf(targets.agentId()) : targets.chatRoomId();
    }

    private String plausible(String name) {
        return switch (name) {
            case "chat_room_id" -> knownRoom();
            case "agent_id" -> String.valueOf(targets.agentId());
            case "status" -> pick(List.of("waiting", "active", "resolved", "closed", "bogus"));
            default -> pick(List.of("1", "2", "10", "100", "101", "0"));
        };
    }

    private ObjectNode validBody(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            body.set(property.getKey(), valueFor(property.getKey(), property.getValue()));
        }
        return body;
    }

    private JsonNode valueFor(String name, JsonNode schema) {
        String type = schema.path("type").asString("string");
        return switch (type) {
            case "integer", "number" -> NODES.numberNode(name.contains("agent") ? targets.agentId()
                    : (long) pick(List.of(1, 5, 0, -1, 999_999_999)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> NODES.arrayNode().add(valueFor(name, schema.path("items")));
            case "object" -> NODES.objectNode();
            default -> NODES.stringNode(name.contains("chat_room") || name.contains("session")
                    ? knownRoom() : name.contains("email") ? "fz" + random.nextInt(1_000_000) + "@example.com"
                    : "fz" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36));
        };
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
