package com.chatcore.web.adminagents;

import com.chatcore.web.error.TextLength;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A partial update: absent (null) fields stay as they are. */
record UpdateAdminAgentRequest(
        String email,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("employee_id") @TextLength(max = AdminAgentsController.EMPLOYEE_ID_MAX) String employeeId,
        @TextLength(max = AdminAgentsController.DEPARTMENT_MAX) String department,
        @JsonProperty("is_available") Boolean available,
        @JsonProperty("max_concurrent_chats") Integer maxConcurrentChats,
        @TextLength(min = 8, max = 72, maxUtf8Bytes = 72) String password) {
}
