package com.chatcore.web.messages;

import com.chatcore.api.error.FieldValidationException;
import com.chatcore.web.error.DrfMessages;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /api/messages/mark_bulk_read/}: {@code message_ids} must be a list of at most
 * {@link #MAX_IDS} items. Items that are not message ids (not UUID strings) are not refused: they
 * simply name no message.
 */
record BulkReadRequest(@JsonProperty("message_ids") JsonNode messageIds) {

    static final int MAX_IDS = 500;
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The number of items given, duplicates and non-ids included. */
    int requested() {
        return messageIds.size();
    }

    /** The distinct UUIDs among the items, in canonical (lower-case) form. */
    List<String> uuids() {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : messageIds) {
            if (item.isString() && UUID.matcher(item.asString().trim()).matches()) {
                ids.add(item.asString().trim().toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(ids);
    }

    void validate() {
        if (messageIds == null || messageIds.isMissingNode()) {
            throw FieldValidationException.of("message_ids", DrfMessages.REQUIRED);
        }
        if (messageIds.isNull()) {
            throw FieldValidationException.of("message_ids", MessagesErrors.NULL);
        }
        if (!messageIds.isArray()) {
            throw FieldValidationException.of("message_ids", MessagesErrors.notAList(pythonType(messageIds)));
        }
        if (messageIds.size() > MAX_IDS) {
            throw FieldValidationException.of("message_ids", MessagesErrors.tooManyItems(MAX_IDS));
        }
    }

    private static String pythonType(JsonNode node) {
        if (node.isString()) {
            return "str";
        }
        if (node.isIntegralNumber()) {
            return "int";
        }
        if (node.isNumber()) {
            return "float";
        }
        if (node.isBoolean()) {
            return "bool";
        }
        return "dict";
    }
}
