package com.chatcore.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses, before anything reads them, query or form parameters that are not valid UTF-8 (400; a form
 * body over Tomcat's limit, 413), which Tomcat reports as a server error wherever they are first
 * touched (a controller, a filter, a WebSocket handshake).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class MalformedRequestFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    MalformedRequestFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // Tomcat decodes parameters lazily, once; decoding them here makes a failure surface now.
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            boolean tooLarge = e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
            refuse(response, tooLarge ? e.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST,
                    tooLarge ? DrfMessages.TOO_LARGE : DrfMessages.MALFORMED_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(ApiErrors.detail(detail)));
    }
}
