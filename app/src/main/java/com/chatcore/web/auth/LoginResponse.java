package com.chatcore.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code agent} is written as {@code null} for accounts that are not agents, as the seed shows. */
record LoginResponse(String token, UserJson user, @JsonInclude(JsonInclude.Include.ALWAYS) LoginAgentJson agent) {
}
