package com.chatcore.web.auth;

import com.chatcore.web.error.RequiredText;

record LoginRequest(@RequiredText String username, @RequiredText String password) {
}
