package com.chatcore.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link StorableText} to query and form parameters before any route sees them: a NUL in a
 * looked-up value made PostgreSQL fail the query (500). Runs after security, so an unauthenticated
 * caller still gets 401 first, as DRF authenticates before it parses.
 */
@Component
@Order(0)
class StorableParametersFilter extends OncePerRequestFilter {

    private final JsonMapper json;

    StorableParametersFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Map<String, ?>> error = firstProblem(request.getParameterMap());
        if (error.isPresent()) {
            FilterResponses.write(response, json, HttpServletResponse.SC_BAD_REQUEST, error.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<Map<String, ?>> firstProblem(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            Optional<String> inName = StorableText.problem(parameter.getKey());
            if (inName.isPresent()) {
                return Optional.of(ApiErrors.detail(inName.get()));
            }
            for (String value : parameter.getValue()) {
                Optional<String> problem = StorableText.problem(value);
                if (problem.isPresent()) {
                    return Optional.of(Map.of(parameter.getKey(), List.of(problem.get())));
                }
            }
        }
        return Optional.empty();
    }
}
