package com.chatcore.web.directchats;

import io.swagger.v3.oas.annotations.media.Schema;

/** Seed 002's pagination block: the page and limit used, the matching chats and the number of pages. */
@Schema(name = "DirectChatPagination")
record PaginationJson(@Schema(example = "1") int page, @Schema(example = "10") int limit,
        @Schema(example = "12") long total, @Schema(example = "2") long pages) {
}
