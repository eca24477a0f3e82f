package com.chatcore.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Seed 001's routes under {@code /api/chat/} (seed 003's guest routes there stay public): they need a token,
 * and answer a missing or bad one with seed 001's 401, {@code {"success": false, "message": "Token inválido o
 * expirado"}}, which its client reads as "log out".
 */
final class SupportSessionRoutes {

    static final String[] PATTERNS = {"/api/chat/session", "/api/chat/session/**", "/api/chat/message",
            "/api/chat/sessions", "/api/chat/sessions/**", "/api/chat/stats"};
    static final String UNAUTHORIZED = "Token inválido o expirado";

    private SupportSessionRoutes() {
    }

    static boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.equals("/api/chat/session") || path.startsWith("/api/chat/session/")
                || path.equals("/api/chat/message") || path.equals("/api/chat/sessions")
                || path.startsWith("/api/chat/sessions/") || path.equals("/api/chat/stats");
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"success\":false,\"message\":\"" + UNAUTHORIZED + "\"}");
    }
}
