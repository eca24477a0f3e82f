package com.chatcore.web.chatrooms;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agent's message. Checked by hand rather than by Bean Validation: the length limit is
 * configuration ({@code chat.messages.max-length}), not a constant.
 */
record SendMessageRequest(String content, @JsonProperty("message_type") String messageType) {

    static final String TEXT = "text";

    /** The content as stored: trimmed, as the seed's backend does; its length counted in characters. */
    String validContent(int maxLength) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String trimmed = content == null ? null : content.strip();
        if (trimmed == null) {
            errors.put("content", List.of(DrfMessages.REQUIRED));
        } else if (trimmed.isEmpty()) {
            errors.put("content", List.of(DrfMessages.BLANK));
        } else if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            errors.put("content", List.of("Asegúrese de que este campo no tenga más de " + maxLength
                    + " caracteres."));
        }
        if (messageType != null && !TEXT.equals(messageType)) {
            errors.put("message_type", List.of(Choices.invalidChoice(messageType)));
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return trimmed;
    }
}
