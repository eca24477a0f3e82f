package com.chatcore.web.auth;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Reads the claims of the API's tokens and forges tokens with one defect each. */
public final class Tokens {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static JsonNode header(String token) {
        return decode(token.split("\\.")[0]);
    }

    public static JsonNode payload(String token) {
        return decode(token.split("\\.")[1]);
    }

    public static SecretKey key(String secret) {
        return Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** A token with the claims the server issues, for this subject and role, not yet signed. */
    public static JwtBuilder claims(String subject, String role, Instant issuedAt, Duration lifetime) {
        return Jwts.builder()
                .subject(subject)
                .claim("roles", List.of(role))
                .id(UUID.randomUUID().toString())
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(issuedAt.plus(lifetime)))
                .issuer("chatcore");
    }

    /** The same header and signature over a payload with {@code member} replaced. */
    static String withPayloadMember(String token, String member, JsonNode value) {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) decode(parts[1]);
        payload.set(member, value);
        return parts[0] + "." + encode(payload.toString()) + "." + parts[2];
    }

    /** The token's own payload, unsigned, under {@code "alg": "none"}. */
    static String unsecured(String token) {
        String payload = token.split("\\.")[1];
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
    }

    private static JsonNode decode(String part) {
        return Bodies.json(new String(DECODER.decode(part), StandardCharsets.UTF_8));
    }

    private static String encode(String json) {
        return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
