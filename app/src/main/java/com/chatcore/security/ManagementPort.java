package com.chatcore.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Requests that arrived on the management port ({@code management.server.port}, when one is set apart from the
 * API's): the operators' internal port, where health and metrics need no token.
 */
final class ManagementPort implements RequestMatcher {

    private final int port;

    ManagementPort(String configured) {
        int parsed;
        try {
            parsed = configured == null || configured.isBlank() ? -1 : Integer.parseInt(configured.trim());
        } catch (NumberFormatException e) {
            parsed = -1;
        }
        this.port = parsed > 0 ? parsed : -1;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
