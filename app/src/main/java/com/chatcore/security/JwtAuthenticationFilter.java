package com.chatcore.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code Authorization: Bearer <jwt>} or {@code Token <jwt>}. A token that is forged, expired,
 * revoked or names a deactivated account leaves the request anonymous and records why, so protected
 * routes answer 401 with that reason while public routes still work.
 */
class JwtAuthenticationFilter extends OncePerRequestFilter {

    static final String FAILURE_ATTRIBUTE = JwtAuthenticationFilter.class.getName() + ".failure";
    static final String INVALID_TOKEN = "Token inválido.";

    private final AccessTokens tokens;

    JwtAuthenticationFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && !header.isBlank()) {
            Optional<Caller> caller = tokenOf(header).flatMap(tokens::callerOf);
            if (caller.isPresent()) {
                authenticate(caller.get(), request);
            } else {
                request.setAttribute(FAILURE_ATTRIBUTE, INVALID_TOKEN);
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<String> tokenOf(String header) {
        String[] parts = header.trim().split("\\s+");
        if (parts.length == 2 && ("Bearer".equalsIgnoreCase(parts[0]) || "Token".equalsIgnoreCase(parts[0]))) {
            return Optional.of(parts[1]);
        }
        return Optional.empty();
    }

    private static void authenticate(Caller caller, HttpServletRequest request) {
        var authentication = new UsernamePasswordAuthenticationToken(caller, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        request.setAttribute(Caller.class.getName(), caller);
    }
}
