package com.chatcore.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Breaks a well-shaped JSON body in one of many ways; {@code kind} names the way, for the report. */
final class BodyBreaker {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw@@";
    /** Not UTF-8: a lone continuation byte, an overlong '/', an encoded surrogate, a truncated sequence. */
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0,
            (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82},
            new byte[] {(byte) 0x80});

    private final Random random;

    BodyBreaker(Random random) {
        this.random = random;
    }

    record Broken(String kind, byte[] bytes) {
    }

    Broken breakBody(ObjectNode valid) {
        ObjectNode body = valid.deepCopy();
        String field = anyField(body);
        return switch (random.nextInt(12)) {
            case 0, 1 -> new Broken("valid", bytes(body));
            case 2 -> {
                if (random.nextBoolean()) {
                    body.remove(field);
                } else {
                    body.removeAll();
                }
                yield new Broken("missing-fields", bytes(body));
            }
            case 3 -> {
                body.put("is_superuser", true).put("role", "SUPERUSER").put("id", 1).put("__proto__", "x")
                        .put("extra_" + random.nextInt(100), "x");
                yield new Broken("extra-fields", bytes(body));
            }
            case 4 -> {
                body.set(field, pick(List.of(NODES.numberNode(999_999_942), NODES.stringNode("42"),
                        NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode().add("x"),
                        NODES.objectNode().put("a", 1), NODES.numberNode(1.5), NODES.stringNode(""),
                        NODES.stringNode("   "))));
                yield new Broken("wrong-type", bytes(body));
            }
            case 5 -> {
                body.put(field, "x".repeat(random.nextBoolean() ? 200_000 : 5_000));
                yield new Broken("huge-string", bytes(body));
            }
            case 6 -> raw("huge-number", body, field, pick(List.of("1e400", "-1e400", "123456789012345678901234567890",
                    "9223372036854775808", "-9223372036854775809", "1.0000000000000000000001", "-0", "0.1e-400")));
            case 7 -> {
                int depth = random.nextBoolean() ? 2_000 : 200;
                String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                yield raw("deep-nesting", body, field, nested);
            }
            case 8 -> new Broken("invalid-json", pick(Garbage.INVALID_JSON).getBytes(StandardCharsets.UTF_8));
            case 9 -> new Broken("not-an-object", pick(Garbage.NOT_OBJECTS).getBytes(StandardCharsets.UTF_8));
            case 10 -> {
                byte[] invalid = pick(INVALID_UTF8);
                yield raw("invalid-utf8", body, field, concat("\"a".getBytes(StandardCharsets.UTF_8),
                        invalid, "b\"".getBytes(StandardCharsets.UTF_8)));
            }
            default -> random.nextInt(3) > 0 ? new Broken("valid", bytes(body))
                    : new Broken("over-limit", bytes(NODES.objectNode().put("a", "x".repeat(1_100_000))));
        };
    }

    private Broken raw(String kind, ObjectNode body, String field, String text) {
        return raw(kind, body, field, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Puts bytes where the field's value goes, bypassing the JSON writer, which would escape them. */
    private static Broken raw(String kind, ObjectNode body, String field, byte[] value) {
        body.put(field, RAW);
        String text = JSON.writeValueAsString(body);
        int at = text.indexOf("\"" + RAW + "\"");
        return new Broken(kind, concat(text.substring(0, at).getBytes(StandardCharsets.UTF_8), value,
                text.substring(at + RAW.length() + 2).getBytes(StandardCharsets.UTF_8)));
    }

    private String anyField(ObjectNode body) {
        List<String> names = body.propertyNames().stream().toList();
        return names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
    }

    private static byte[] bytes(JsonNode body) {
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
