package com.chatcore.web.clients;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {"success": true}}. */
record ClientDeletedJson(@Schema(example = "true") boolean success) {

    static final ClientDeletedJson DELETED = new ClientDeletedJson(true);
}
