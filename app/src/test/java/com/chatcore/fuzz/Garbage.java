package com.chatcore.fuzz;

import java.util.List;

/** Hostile values, written as they travel: URL parts already percent-encoded, headers as sent. */
final class Garbage {

    /** Path and query values; {@code %ff}, {@code %C0%AF} and {@code %ED%A0%80} are not UTF-8. */
    static final List<String> URL_VALUES = List.of("", "-1", "0", "2147483648", "99999999999999999999999", "1e3",
            "1.5", "abc", "%20", "%ff", "%ED%A0%80", "%C0%AF", "%E2%80%AE", "%0a", "%0d%0aX-Injected:%201",
            "%27%20OR%201=1--", "%3Cscript%3E", "true", "null", "%7B%7D", "%5B%5D", "%C3%B1", "%F0%9F%98%80",
            "a".repeat(3000), "%25", "+", "%2B", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
            "%ff%0a2026-01-01T00:00:00.000Z%20ERROR%20FORGED");

    static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "multipart/form-data",
            "multipart/form-data; boundary=", "multipart/form-data; boundary=xyz", "text/plain",
            "application/x-www-form-urlencoded", "application/json; charset=ebcdic", "application/json; charset=utf-16",
            "application/json; charset=", ";;;", "application/", "/json", "application/xml", "text/*",
            "application/json, text/plain", "\u00e9/\u00e9", "application/vnd.api+json", "image/png");

    static final List<String> ACCEPTS = List.of("application/xml", "text/html", "text/event-stream", "image/png",
            "text/plain", "garbage", "*/*;q=abc", "application/json;q=0", "application/*", ";;",
            "text/html;q=0.9, */*;q=0.1", "application/problem+json");

    static final List<String> AUTHORIZATIONS = List.of("Bearer", "Bearer ", "Bearer x.y.z", "Token abc",
            "Basic Zm9vOmJhcg==", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", "Digest realm=x", "Bearer a b c",
            "Bearer " + "a".repeat(6000), "bearer %ff", "Bearer \u00ff\u00fe", "Negotiate YII=");

    static final List<String> INVALID_JSON = List.of("", "{", "}", "{\"a\":}", "{'a': 1}", "{\"a\" 1}", "[1,]", "nul",
            "{\"a\":1}}", "{\"a\":1} trailing", "\"unterminated", "{\"a\":\"\\x\"}", "{\"a\":\"\\ud83d\"", "\uFEFF{}",
            "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":1.}", "{\"a\":\"\u0001\"}", "{\"a\":\"\u0000\"}",
            "/* c */ {}", "{\"a\":1,\"a\":2}");

    /** Whole JSON bodies that are valid JSON but not an object. */
    static final List<String> NOT_OBJECTS = List.of("null", "[]", "[{}]", "\"text\"", "1", "true", "-0", "1e400");

    private Garbage() {
    }
}
