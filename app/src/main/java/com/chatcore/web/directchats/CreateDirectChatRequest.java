package com.chatcore.web.directchats;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST}'s body: {@code participants} (user ids, strings or numbers; anything else is answered with the
 * seed's message, so the field is read as any JSON) and an optional first {@code lastMessage}, any JSON value.
 * Their OpenAPI schemas are set by {@link DirectChatsOpenApi}.
 */
record CreateDirectChatRequest(JsonNode participants, RawJsonValue lastMessage) {
}
