package com.chatcore.web.auth;

import com.chatcore.web.error.RequiredText;
import com.chatcore.web.error.TextLength;
import com.fasterxml.jackson.annotation.JsonProperty;

record RegisterRequest(
        @RequiredText String username,
        @RequiredText
        @TextLength(min = 8, max = 72, maxUtf8Bytes = 72)
        String password,
        @RequiredText String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName) {
}
