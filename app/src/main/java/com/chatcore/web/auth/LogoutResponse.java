package com.chatcore.web.auth;

import io.swagger.v3.oas.annotations.media.Schema;

record LogoutResponse(@Schema(example = "Successfully logged out") String message) {
}
