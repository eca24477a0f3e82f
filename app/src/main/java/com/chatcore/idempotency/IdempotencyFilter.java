package com.chatcore.idempotency;

import com.chatcore.config.ChatProperties;
import com.chatcore.security.Caller;
import com.chatcore.web.error.ApiErrors;
import com.chatcore.web.error.DrfMessages;
import com.chatcore.web.error.FilterResponses;
import com.chatcore.web.error.StorableText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on POST: the first request with a key runs and its answer is kept for 24 hours;
 * a retry with the same key and the same request (method, path, query, body) gets that answer again
 * ({@code Idempotent-Replayed: true}) and writes nothing; the same key with another request answers 422;
 * a retry while the first still runs answers 409. Keys are scoped to the caller: the account for a
 * token, the client address for a guest. An answer of 5xx is not kept, so that its retry runs again.
 */
@Component
@Order(1)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    static final String REUSED = "Idempotency-Key ya usada con otra petición.";
    static final String IN_PROGRESS = "Una petición con esta Idempotency-Key está en curso. Intente de nuevo.";
    static final String INVALID = "Idempotency-Key inválida: de 1 a 255 caracteres visibles.";

    private final IdempotencyStore store;
    private final JsonMapper json;
    private final Clock clock;
    /** A first request that has not answered after this is taken as lost (its node died) and may run again. */
    private final Duration abandonedAfter;

    IdempotencyFilter(IdempotencyStore store, JsonMapper json, Clock clock, ChatProperties properties) {
        this.store = store;
        this.json = json;
        this.clock = clock;
        this.abandonedAfter = properties.idempotencyAbandonedAfter();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !StorableText.isStorable(key)) {
            write(response, HttpServletResponse.SC_BAD_REQUEST, Map.of(HEADER, List.of(INVALID)));
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = new CachedBodyRequest(request);
        } catch (IOException tooLargeOrAborted) {
            write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ApiErrors.detail(DrfMessages.TOO_LARGE));
            return;
        }
        String scope = scopeOf(request);
        String fingerprint = fingerprint(cached);
        if (!store.claim(scope, key, fingerprint) && !takeOver(scope, key, fingerprint, response)) {
            return;
        }
        RequestIds.keyRequest(cached, scope, key);
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(cached, recorded);
            // A 5xx, or an answer that says when to try again (429, a 409 conflict), is no final answer:
            // its retry runs again instead of replaying it.
            if (recorded.getStatus() < 500 && recorded.getStatus() != HttpStatus.TOO_MANY_REQUESTS.value()
                    && recorded.getHeader(HttpHeaders.RETRY_AFTER) == null) {
                store.answer(scope, key, recorded.getStatus(), recorded.getContentType(),
                        recorded.getContentAsByteArray());
                answered = true;
            }
        } finally {
            if (!answered) {
                store.release(scope, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    /** The key is taken: replays its answer, or refuses; true only when an abandoned key was taken over. */
    private boolean takeOver(String scope, String key, String fingerprint, HttpServletResponse response)
            throws IOException {
        Optional<IdempotencyStore.Entry> entry = store.find(scope, key);
        if (entry.isEmpty()) {
            // Released between our claim and this read: the first request failed, so this one may run.
            return store.claim(scope, key, fingerprint) || refuseInProgress(response);
        }
        if (!entry.get().fingerprint().equals(fingerprint)) {
            write(response, 422, ApiErrors.detail(REUSED));
            return false;
        }
        if (entry.get().answered()) {
            replay(entry.get(), response);
            return false;
        }
        if (store.reclaimAbandoned(scope, key, clock.instant().minus(abandonedAfter))) {
            return true;
        }
        return refuseInProgress(response);
    }

    private boolean refuseInProgress(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        write(response, HttpServletResponse.SC_CONFLICT, ApiErrors.detail(IN_PROGRESS));
        return false;
    }

    private static void replay(IdempotencyStore.Entry entry, HttpServletResponse response) throws IOException {
        response.setStatus(entry.status());
        response.setHeader(REPLAYED, "true");
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.body() != null) {
            response.getOutputStream().write(entry.body());
        }
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        FilterResponses.write(response, json, status, body);
    }

    private static String scopeOf(HttpServletRequest request) {
        return request.getAttribute(Caller.class.getName()) instanceof Caller caller
                ? "user:" + caller.userId() : "guest:" + request.getRemoteAddr();
    }

    private static String fingerprint(CachedBodyRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha256.update(request.body());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
