package com.chatcore.web.adminagents;

import com.chatcore.web.error.RequiredText;
import com.chatcore.web.error.TextLength;
import com.fasterxml.jackson.annotation.JsonProperty;

record CreateAdminAgentRequest(
        @RequiredText String username,
        @RequiredText String email,
        @RequiredText
        @TextLength(min = 8, max = 72, maxUtf8Bytes = 72)
        String password,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("employee_id") @TextLength(max = AdminAgentsController.EMPLOYEE_ID_MAX) String employeeId,
        @TextLength(max = AdminAgentsController.DEPARTMENT_MAX) String department,
        @JsonProperty("is_available") Boolean available,
        @JsonProperty("max_concurrent_chats") Integer maxConcurrentChats) {
}
