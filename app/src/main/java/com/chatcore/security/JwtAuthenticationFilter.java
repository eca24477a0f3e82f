package com.chatcore.security;

import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.UserView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
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

    private final TokenService tokens;
    private final TokenRevocations revocations;
    private final QueryGateway queries;

    JwtAuthenticationFilter(TokenService tokens, TokenRevocations revocations, QueryGateway queries) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.queries = queries;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && !header.isBlank()) {
            Optional<Caller> caller = tokenOf(header).flatMap(tokens::verify).filter(this::stillValid);
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

    private boolean stillValid(Caller caller) {
        if (revocations.isRevoked(caller.tokenId())) {
            return false;
        }
        Optional<UserView> user = queries.query(new FindUserByIdQuery(caller.userId()),
                ResponseTypes.optionalInstanceOf(UserView.class)).join();
        return user.filter(UserView::active).filter(u -> u.role() == caller.role()).isPresent();
    }

    private static void authenticate(Caller caller, HttpServletRequest request) {
        var authentication = new UsernamePasswordAuthenticationToken(caller, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        request.setAttribute(Caller.class.getName(), caller);
    }
}
