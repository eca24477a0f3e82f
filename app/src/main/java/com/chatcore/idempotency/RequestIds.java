package com.chatcore.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * Ids for what a request creates. With an {@code Idempotency-Key} they are derived from the key (and the
 * caller), so a request run twice, because its first run was stored but never answered (a crash, a lost
 * connection), creates the same thing twice, which the domain recognises as a repeat instead of storing
 * it again. Without a key they are random.
 */
public final class RequestIds {

    static final String KEYED = RequestIds.class.getName() + ".keyed";

    private RequestIds() {
    }

    /** @param purpose what the id names, so that one request may create several things */
    public static String newId(String purpose) {
        return keyedInput(purpose)
                .map(input -> UUID.nameUUIDFromBytes(input.getBytes(StandardCharsets.UTF_8)).toString())
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    /**
     * What a secret of this request must be derived from (with a server key, so that knowing the
     * Idempotency-Key is not enough to compute it); empty without a key.
     */
    public static Optional<String> keyedInput(String purpose) {
        return scopedKey().map(keyed -> keyed + "\n" + purpose);
    }

    /** Whether this request's new ids repeat those of an earlier run with the same key. */
    public static boolean keyed() {
        return scopedKey().isPresent();
    }

    /** The current request's caller scope and Idempotency-Key, once the filter has claimed the key. */
    private static Optional<String> scopedKey() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getAttribute(KEYED) instanceof String keyed
                ? Optional.of(keyed) : Optional.empty();
    }

    static void keyRequest(HttpServletRequest request, String scope, String key) {
        request.setAttribute(KEYED, scope + "\n" + key);
    }
}
