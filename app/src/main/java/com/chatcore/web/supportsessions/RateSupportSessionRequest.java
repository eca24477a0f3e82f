package com.chatcore.web.supportsessions;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code rating} is read as whatever JSON value came, so that only a whole number passes (4.5 is refused, not cut). */
@Schema(name = "RateSupportSessionRequest")
record RateSupportSessionRequest(
        @Schema(type = "integer", minimum = "1", maximum = "5", example = "5") Object rating,
        @Schema(nullable = true, maxLength = 1000, example = "Resolvieron mi problema") String comment) {
}
