package com.chatcore.web.crmchats;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code chat.crm-chats.*}. {@code basePath}: where seed 000 is mounted ({@code /api/crm/chats}; a deployment
 * serving a frontend written against the seed sets {@code /api/chats} and moves seed 002 away by its own
 * property). {@code apiKey}: when set, a request under the base path that sends it in {@code apiKeyHeader}
 * acts without a token (README, "CRM chats without tokens"); blank, the default, turns that off.
 */
@ConfigurationProperties("chat.crm-chats")
record CrmChatsProperties(String basePath, String apiKey, String apiKeyHeader) {

    static final String DEFAULT_BASE_PATH = "/api/crm/chats";
    /** As long as the JWT secret must be: a key anyone could guess would open the CRM chats to anyone. */
    static final int API_KEY_MIN_LENGTH = 32;

    CrmChatsProperties {
        basePath = basePath == null || basePath.isBlank() ? DEFAULT_BASE_PATH : basePath;
        if (!basePath.matches("/api(/[A-Za-z0-9_-]+)+")) {
            throw new IllegalArgumentException("chat.crm-chats.base-path must look like /api/crm/chats, was "
                    + basePath);
        }
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey;
        if (apiKey != null && apiKey.length() < API_KEY_MIN_LENGTH) {
            throw new IllegalArgumentException("chat.crm-chats.api-key must have at least " + API_KEY_MIN_LENGTH
                    + " characters");
        }
        apiKeyHeader = apiKeyHeader == null || apiKeyHeader.isBlank() ? "X-Api-Key" : apiKeyHeader;
    }

    boolean apiKeyEnabled() {
        return apiKey != null;
    }

    /** Whether {@code path} (without context path, trailing slash removed) is a route of this family. */
    boolean covers(String path) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }
}
