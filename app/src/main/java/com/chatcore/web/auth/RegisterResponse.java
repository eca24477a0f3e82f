package com.chatcore.web.auth;

/** The account just opened, as {@code {"user": {...}}}. */
record RegisterResponse(UserJson user) {
}
