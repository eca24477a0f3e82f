package com.chatcore.web.auth;

import com.chatcore.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact comparison of JSON answers: same members, same values, no more, no less. */
final class Bodies {

    static final String REQUIRED = "Este campo es requerido.";
    static final String BLANK = "Este campo no puede estar en blanco.";
    static final String INVALID_TOKEN = "{\"detail\": \"Token inválido.\"}";
    static final String NOT_PROVIDED = "{\"detail\": \"Las credenciales de autenticación no se proveyeron.\"}";
    /** SimpleJWT's answer to a refresh token it does not honour. */
    static final String TOKEN_NOT_VALID =
            "{\"detail\": \"El token es inválido o ha expirado\", \"code\": \"token_not_valid\"}";
    static final String FORBIDDEN = "{\"detail\": \"Usted no tiene permiso para realizar esta acción.\"}";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Bodies() {
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static void assertAnswer(ApiClient.Response response, int status, String expectedJson) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json()).as(response.toString()).isEqualTo(json(expectedJson));
    }
}
