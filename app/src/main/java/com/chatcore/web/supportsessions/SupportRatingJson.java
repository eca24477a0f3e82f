package com.chatcore.web.supportsessions;

import io.swagger.v3.oas.annotations.media.Schema;

/** A support session's rating (CSAT) as stored. */
@Schema(name = "SupportSessionRating")
record SupportRatingJson(@Schema(example = "0f5e7a52-8f5e-4f7e-9a43-2b1d0e6c9a10") String sessionId,
        @Schema(example = "5") int rating,
        @Schema(nullable = true, example = "Resolvieron mi problema") String comment) {
}
