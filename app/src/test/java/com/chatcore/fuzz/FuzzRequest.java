package com.chatcore.fuzz;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request. {@code target} is sent as written (already percent-encoded, never
 * re-encoded), so invalid UTF-8 reaches the server as it would from a hostile client.
 */
record FuzzRequest(String method, String target, Identity identity, Map<String, String> headers, byte[] body,
        String kind) {

    enum Identity { NONE, GARBAGE, AGENT, SUPERUSER }

    HttpRequest.Builder into(HttpRequest.Builder builder) {
        headers.forEach(builder::header);
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Enough to replay the request by hand. */
    String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "...(" + body.length + " bytes)" : text;
        return kind + ": " + method + " " + target + " as " + identity + " " + headers + " "
                + shown.replace("\u0000", "\\u0000");
    }
}
