package com.chatcore.web.auditors;

import com.chatcore.api.user.UserView;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An auditor account, shaped as the seed's user object plus its role and whether it may still log in. */
record AuditorJson(long id, String username, String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        String role,
        @JsonProperty("is_active") boolean active) {

    static AuditorJson of(UserView user) {
        return new AuditorJson(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                user.role().name(), user.active());
    }
}
