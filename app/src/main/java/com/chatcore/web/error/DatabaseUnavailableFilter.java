package com.chatcore.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * 503 with {@code Retry-After} when PostgreSQL cannot be reached, also for failures outside any controller
 * (the token check reads revocations and accounts before a route runs), instead of a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final JsonMapper json;

    DatabaseUnavailableFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {}", e.toString());
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            FilterResponses.write(response, json, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    ApiErrors.detail(DrfMessages.UNAVAILABLE));
        }
    }
}
