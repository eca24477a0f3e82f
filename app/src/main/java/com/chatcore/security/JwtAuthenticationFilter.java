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
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <jwt>} or {@code Token <jwt>}. A request that sends this header
 * with a token that is forged, expired, revoked, outdated by a password change or names a deactivated
 * account answers 401, on every route: a caller who meant to act as an account must not silently act
 * as a guest instead. Only the routes that hand out credentials ignore the header, as SimpleJWT's
 * views do (they have no authentication classes), so a client holding a dead token can log in again.
 */
class JwtAuthenticationFilter extends OncePerRequestFilter {

    static final String FAILURE_ATTRIBUTE = JwtAuthenticationFilter.class.getName() + ".failure";
    static final String INVALID_TOKEN = "Token inválido.";
    /** Canonical paths: the trailing-slash filter runs first. */
    static final Set<String> CREDENTIAL_ROUTES = Set.of(
            "/api/auth/login", "/api/auth/register", "/api/token", "/api/token/refresh");

    private static final DrfAuthenticationEntryPoint UNAUTHORIZED = new DrfAuthenticationEntryPoint();

    private final AccessTokens tokens;

    JwtAuthenticationFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && !header.isBlank() && !issuesCredentials(request)) {
            Optional<Caller> caller = tokenOf(header).flatMap(tokens::callerOf);
            if (caller.isEmpty()) {
                request.setAttribute(FAILURE_ATTRIBUTE, INVALID_TOKEN);
                UNAUTHORIZED.commence(request, response, null);
                return;
            }
            authenticate(caller.get(), request);
        }
        chain.doFilter(request, response);
    }

    private static boolean issuesCredentials(HttpServletRequest request) {
        return CREDENTIAL_ROUTES.contains(request.getRequestURI().substring(request.getContextPath().length()));
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
