package com.chatcore.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/** 401 in the seeds' shape: {@code {"detail": "..."}} (seed 001's own on its routes). */
class DrfAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String NOT_PROVIDED = "Las credenciales de autenticación no se proveyeron.";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (SupportSessionRoutes.matches(request)) {
            SupportSessionRoutes.unauthorized(response);
            return;
        }
        Object failure = request.getAttribute(JwtAuthenticationFilter.FAILURE_ATTRIBUTE);
        response.setHeader("WWW-Authenticate", "Bearer");
        JsonErrorWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                failure != null ? failure.toString() : NOT_PROVIDED);
    }
}
