package com.chatcore.web.adminagents;

import com.chatcore.web.error.RequiredText;
import com.chatcore.web.error.TextLength;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Issue 4's creation body. The public seed-003 client sends its form as it is, in camelCase
 * ({@code firstName}, {@code lastName}, {@code confirmPassword}): both spellings are read.
 */
record CreateAdminAgentRequest(
        @RequiredText String username,
        @RequiredText String email,
        @RequiredText
        @TextLength(min = 8, max = 72, maxUtf8Bytes = 72)
        String password,
        @JsonProperty("confirm_password") @JsonAlias("confirmPassword") String confirmPassword,
        @JsonProperty("first_name") @JsonAlias("firstName") String firstName,
        @JsonProperty("last_name") @JsonAlias("lastName") String lastName,
        @JsonProperty("employee_id") @TextLength(max = AdminAgentsController.EMPLOYEE_ID_MAX) String employeeId,
        @TextLength(max = AdminAgentsController.DEPARTMENT_MAX) String department,
        @JsonProperty("is_available") Boolean available,
        @JsonProperty("max_concurrent_chats") Integer maxConcurrentChats) {

    static final String PASSWORDS_DIFFER = "Los dos campos de contraseña no coinciden.";

    /** The confirmation is optional; when given it must repeat the password. */
    boolean confirmationMatches() {
        return confirmPassword == null || confirmPassword.equals(password);
    }
}
