package com.chatcore.web.agents;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A partial update: absent fields stay as they are. */
record UpdateAgentRequest(
        @JsonProperty("is_available") Boolean available,
        @JsonProperty("max_concurrent_chats") Integer maxConcurrentChats) {
}
