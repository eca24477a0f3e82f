package com.chatcore.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Browser frontends served from other origins, under {@code chat.cors.*}: exact origins
 * ({@code https://app.example.com}) or patterns ({@code https://*.example.com}, {@code http://localhost:[*]}).
 * Empty: same origin only.
 */
@ConfigurationProperties("chat.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(origin -> !origin.isEmpty()).toList();
    }
}
