package com.chatcore.web.auditors;

import com.chatcore.web.error.RequiredText;
import com.chatcore.web.error.TextLength;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Issue 13's creation body, shaped as the other account forms. */
record CreateAuditorRequest(
        @RequiredText String username,
        @RequiredText
        @TextLength(min = 8, max = 72, maxUtf8Bytes = 72)
        String password,
        @RequiredText String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName) {
}
