package com.chatcore.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.util.WebUtils;

import java.time.Duration;
import java.util.List;

/**
 * The browser origins that may use the API ({@code chat.cors.allowed-origins}) and the CORS rules for them.
 * Tokens travel in {@code Authorization}, not cookies, so credentials stay off. WebSocket handshakes are no
 * CORS requests, so the handshake asks {@link #allows} directly.
 */
@Component
public class AllowedOrigins {

    private final CorsConfiguration cors = new CorsConfiguration();

    AllowedOrigins(CorsProperties properties) {
        cors.setAllowedOriginPatterns(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key",
                "X-Correlation-Id"));
        cors.setExposedHeaders(List.of("Retry-After", "X-Correlation-Id", "Idempotent-Replayed", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
    }

    CorsConfiguration cors() {
        return cors;
    }

    /** No {@code Origin} (not a browser), the server's own, or an allowed one. */
    public boolean allows(HttpServletRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin == null || WebUtils.isSameOrigin(new ServletServerHttpRequest(request))
                || cors.checkOrigin(origin) != null;
    }
}
