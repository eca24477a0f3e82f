package com.chatcore.web.supportsessions;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** Seed 001's envelopes, {@code {success, data, message}}, one record per shape. */
final class SupportResponses {

    private SupportResponses() {
    }

    @Schema(name = "SupportSessionResponse")
    record SessionResponse(boolean success,
            @Schema(nullable = true, description = "null when the user has no open session") SupportSessionJson data,
            String message) {
    }

    @Schema(name = "SupportMessagesResponse")
    record MessagesResponse(boolean success, List<SupportMessageJson> data, String message) {
    }

    @Schema(name = "SupportMessageResponse")
    record MessageResponse(boolean success, SupportMessageJson data, String message) {
    }

    @Schema(name = "SupportRatingResponse")
    record RatingResponse(boolean success, SupportRatingJson data, String message) {
    }

    @Schema(name = "SupportDoneResponse")
    record DoneResponse(boolean success, String message) {
    }

    @Schema(name = "SupportSessionPageResponse")
    record SessionPageResponse(boolean success, List<SupportSessionJson> data, Pagination pagination,
            String message) {
    }

    @Schema(name = "SupportPagination")
    record Pagination(int page, int limit, long total, long pages) {
    }

    /** 401, 403, 404, 409, 429 and 500. */
    @Schema(name = "SupportError")
    record ErrorJson(@Schema(example = "false") boolean success,
            @Schema(example = "Sesión de chat no encontrada") String message) {
    }

    /** 400: the messages, and the same messages by field. */
    @Schema(name = "SupportValidationError")
    record ValidationErrorJson(@Schema(example = "false") boolean success,
            @Schema(example = "[\"El mensaje no puede estar vacío\"]") List<String> message,
            Map<String, List<String>> errors) {
    }
}
