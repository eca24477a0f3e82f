package com.chatcore.web.auth;

/** SimpleJWT's pair: a short-lived access token and the refresh token that renews it. */
record TokenPairJson(String access, String refresh) {
}
