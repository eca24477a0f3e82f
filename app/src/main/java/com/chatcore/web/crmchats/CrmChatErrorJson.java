package com.chatcore.web.crmchats;

/** Seed 000's error envelope, as its own server answers it: {@code {"success": false, "error": "..."}}. */
record CrmChatErrorJson(boolean success, String error) {

    static CrmChatErrorJson of(String message) {
        return new CrmChatErrorJson(false, message);
    }
}
