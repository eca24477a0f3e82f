package com.chatcore.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Refuses, before anything reads them, two kinds of request that Tomcat and Spring report as server
 * errors wherever they are first touched (a controller, a filter, a WebSocket handshake): query or
 * form parameters that are not valid UTF-8 (400; a form body over Tomcat's limit, 413), and a
 * wildcard Content-Type such as {@code application/*}, which names no body format (415).
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
        String contentType = request.getContentType();
        if (contentType != null && isWildcard(contentType)) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    DrfMessages.unsupportedMediaType(contentType));
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !parseable(accept)) {
            // Else a handler's own error answer (bad credentials, say) could not be written: 400, no body.
            refuse(response, HttpServletResponse.SC_NOT_ACCEPTABLE, DrfMessages.NOT_ACCEPTABLE);
            return;
        }
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

    private static boolean isWildcard(String contentType) {
        try {
            return !MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            // Spring answers an unparseable type with 415 by itself wherever a body is read.
            return false;
        }
    }

    private static boolean parseable(String accept) {
        try {
            MediaType.parseMediaTypes(accept);
            return true;
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        FilterResponses.write(response, json, status, ApiErrors.detail(detail));
    }
}
