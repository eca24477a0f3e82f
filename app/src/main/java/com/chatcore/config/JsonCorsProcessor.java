package com.chatcore.config;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Spring's CORS check, refusing in the API's error shape ({@code {"detail": ...}}, JSON) instead of Spring's
 * plain-text "Invalid CORS request": errors are JSON on every route.
 */
class JsonCorsProcessor extends DefaultCorsProcessor {

    static final String REFUSED = "{\"detail\":\"Origen no permitido.\"}";

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getBody().write(REFUSED.getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
