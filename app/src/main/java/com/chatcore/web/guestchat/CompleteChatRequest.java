package com.chatcore.web.guestchat;

import com.chatcore.web.error.RequiredText;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

record CompleteChatRequest(
        @RequiredText @JsonProperty("session_id") String sessionId,
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Introduzca una dirección de correo electrónico válida.")
        @Size(max = 254, message = "Asegúrese de que este campo no tenga más de 254 caracteres.")
        String email,
        @Size(max = 150, message = "Asegúrese de que este campo no tenga más de 150 caracteres.")
        @JsonProperty("full_name") String fullName,
        @RequiredText @JsonProperty("phone_number") String phoneNumber,
        @JsonProperty("recaptcha_token") String recaptchaToken) {

    static final CompleteChatRequest EMPTY = new CompleteChatRequest(null, null, null, null, null);
    static final String GUEST_NAME = "Invitado";

    CompleteChatRequest {
        sessionId = GuestRequests.strip(sessionId);
        email = GuestRequests.strip(email);
        fullName = GuestRequests.strip(fullName);
        phoneNumber = GuestRequests.strip(phoneNumber);
        recaptchaToken = GuestRequests.strip(recaptchaToken);
    }

    /** The e-mail, or null when none was given (an empty field counts as none). */
    String emailOrNull() {
        return email == null || email.isEmpty() ? null : email;
    }

    String displayName() {
        return fullName == null || fullName.isEmpty() ? GUEST_NAME : fullName;
    }
}
