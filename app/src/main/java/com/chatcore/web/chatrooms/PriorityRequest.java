package com.chatcore.web.chatrooms;

/** {@code {"priority": "high|medium|low"}} of set_priority. */
record PriorityRequest(String priority) {
}
