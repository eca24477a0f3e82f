package com.chatcore.web.auth;

import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The seed's user object, {@code {id, username, email, first_name, last_name}}, plus {@code is_superuser},
 * which the public seed-003 client reads to choose the superuser's screens (its own backend sends it).
 */
record UserJson(long id, String username, String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("is_superuser") boolean superuser) {

    static UserJson of(UserView user) {
        return new UserJson(user.id(), user.username(), user.email(), user.firstName(), user.lastName(),
                user.role() == Role.SUPERUSER);
    }
}
