package com.chatcore.web.guestchat;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/** {@code chat.recaptcha.*}: a blank {@code secret} turns verification off. */
@ConfigurationProperties("chat.recaptcha")
record RecaptchaProperties(String secret, URI verifyUrl, Duration timeout) {

    static final URI GOOGLE_VERIFY_URL = URI.create("https://www.google.com/recaptcha/api/siteverify");

    RecaptchaProperties {
        verifyUrl = verifyUrl == null || verifyUrl.toString().isBlank() ? GOOGLE_VERIFY_URL : verifyUrl;
        timeout = timeout == null ? Duration.ofSeconds(3) : timeout;
    }

    boolean enabled() {
        return secret != null && !secret.isBlank();
    }
}
