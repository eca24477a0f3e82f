package com.chatcore.web.crmchats;

import com.chatcore.security.CallerMetadata;
import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.error.FilterResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * Issue 15's token-less CRM client: a request under the CRM chats base path that carries the configured key
 * in the configured header, and no {@code Authorization} header, acts as the role {@value #ROLE}, which only
 * the CRM chats routes accept. A wrong key answers 401; the key sent to any other route is ignored.
 */
final class CrmApiKeyFilter extends OncePerRequestFilter {

    static final String ROLE = "CRM_API_KEY";
    /** The caller the audit trail names for writes made with the key. */
    static final String CALLER_ID = "crm-api-key";
    static final String INVALID_KEY = "Clave de API inválida.";

    private final CrmChatsProperties properties;
    private final byte[] keyDigest;
    private final JsonMapper json;

    CrmApiKeyFilter(CrmChatsProperties properties, JsonMapper json) {
        this.properties = properties;
        this.keyDigest = sha256(properties.apiKey());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(properties.apiKeyHeader());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (sent == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null || !properties.covers(path)) {
            chain.doFilter(request, response);
            return;
        }
        // Digests of equal length: the comparison takes the same time whatever the key sent.
        if (!MessageDigest.isEqual(sha256(sent), keyDigest)) {
            FilterResponses.write(response, json, HttpServletResponse.SC_UNAUTHORIZED, ApiErrors.detail(INVALID_KEY));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(CALLER_ID, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        chain.doFilter(request, response);
    }

    /**
     * The command, stamped with the key's caller when the key authenticated this request (the dispatch
     * interceptor knows accounts only, and would name it "anonymous").
     */
    static Object stamped(Object command) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !CALLER_ID.equals(authentication.getPrincipal())) {
            return command;
        }
        return GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(Map.of(
                CallerMetadata.CALLER_ID, CALLER_ID, CallerMetadata.CALLER_ROLE, ROLE)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
