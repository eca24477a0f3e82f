package com.chatcore.security;

import com.chatcore.api.user.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;

/**
 * Issue 13: an auditor changes nothing. Matches every request an AUDITOR makes under {@code /api} with a
 * method that writes, except logging out (which ends only the auditor's own login), so that one rule refuses
 * them all with 403 before any route reads its body, whatever roles the route itself admits.
 */
final class AuditorWrites implements RequestMatcher {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** Canonical paths: the trailing-slash filter runs first. */
    private static final Set<String> ALLOWED_WRITES = Set.of("/api/auth/logout");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (READS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") || ALLOWED_WRITES.contains(path)) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                && caller.is(Role.AUDITOR);
    }
}
