package com.chatcore.web.directchats;

import tools.jackson.databind.JsonNode;

/** {@code PUT}'s body: each field optional, an absent one unchanged (OpenAPI schemas: {@link DirectChatsOpenApi}). */
record UpdateDirectChatRequest(JsonNode participants, RawJsonValue lastMessage) {
}
