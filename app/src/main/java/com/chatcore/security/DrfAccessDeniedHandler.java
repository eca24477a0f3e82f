package com.chatcore.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 403 in the seeds' shape. */
class DrfAccessDeniedHandler implements AccessDeniedHandler {

    static final String FORBIDDEN = "Usted no tiene permiso para realizar esta acción.";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        JsonErrorWriter.write(response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN);
    }
}
