package com.chatcore.web.clients;

/** Seed 004's error: {@code {"error": "..."}}. */
record ClientErrorJson(String error) {
}
