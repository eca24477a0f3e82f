package com.chatcore.web.agents;

import com.chatcore.web.error.RequiredText;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;

record CreateAgentRequest(
        @RequiredText String username,
        @RequiredText
        @Size(min = 8, message = "Asegúrese de que este campo tenga al menos 8 caracteres.")
        @Size(max = 72, message = "Asegúrese de que este campo no tenga más de 72 caracteres.")
        String password,
        @RequiredText String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("max_concurrent_chats") Integer maxConcurrentChats,
        @JsonProperty("is_available") Boolean available) {

    static final int DEFAULT_MAX_CONCURRENT_CHATS = 5;
}
