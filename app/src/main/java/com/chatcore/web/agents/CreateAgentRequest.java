package com.chatcore.web.agents;

import com.chatcore.web.error.RequiredText;
import com.chatcore.web.error.TextLength;
import com.fasterxml.jackson.annotation.JsonProperty;

record CreateAgentRequest(
        @RequiredText String username,
        @RequiredText
        @TextLength(min = 8, max = 72, maxUtf8Bytes = 72)
        String password,
        @RequiredText String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("max_concurrent_chats") Integer maxConcurrentChats,
        @JsonProperty("is_available") Boolean available) {
}
