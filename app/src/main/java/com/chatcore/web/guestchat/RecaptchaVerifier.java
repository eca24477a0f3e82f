package com.chatcore.web.guestchat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Asks the reCAPTCHA verification endpoint whether a guest's token is genuine. Anything but a clear
 * {@code {"success": true}} (a refusal, an error page, no answer in time) counts as a failure, so an
 * unreachable verifier never lets a request through and never turns into a server error.
 */
@Component
class RecaptchaVerifier {

    private static final Logger log = LoggerFactory.getLogger(RecaptchaVerifier.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RecaptchaProperties properties;
    private final HttpClient client;

    RecaptchaVerifier(RecaptchaProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        if (!properties.enabled()) {
            log.warn("reCAPTCHA verification is off: complete_chat accepts any recaptcha_token. "
                    + "Set CHAT_RECAPTCHA_SECRET to turn it on.");
        }
    }

    boolean enabled() {
        return properties.enabled();
    }

    /** True when verification is off, or the verifier confirmed the token. */
    boolean verify(String token, String remoteIp) {
        if (!enabled()) {
            return true;
        }
        String form = "secret=" + encode(properties.secret()) + "&response=" + encode(token)
                + "&remoteip=" + encode(remoteIp);
        HttpRequest request = HttpRequest.newBuilder(properties.verifyUrl())
                .timeout(properties.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("reCAPTCHA verifier answered HTTP {}", response.statusCode());
                return false;
            }
            JsonNode answer = JSON.readTree(response.body());
            return answer != null && answer.path("success").isBoolean() && answer.path("success").booleanValue();
        } catch (IOException e) {
            log.warn("reCAPTCHA verifier unreachable: {}", e.toString());
            return false;
        } catch (JacksonException e) {
            log.warn("reCAPTCHA verifier answered something that is not JSON");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
