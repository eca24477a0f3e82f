package com.chatcore.web.auth;

import com.chatcore.web.error.RequiredText;

record RefreshRequest(@RequiredText String refresh) {
}
