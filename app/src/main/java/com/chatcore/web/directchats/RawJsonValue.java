package com.chatcore.web.directchats;

import com.chatcore.api.directchat.LastMessage;
import com.chatcore.web.error.StorableText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.InvalidFormatException;

import java.io.StringWriter;

/**
 * Any JSON value of a request body, kept as its JSON text with numbers exactly as written (a JSON tree would
 * turn {@code 1.50} into {@code 1.5} and overflow {@code 1e400}): seed 002 answers {@code lastMessage} as the
 * client sent it. An explicit {@code null} is the text {@code null}; an absent field is a Java null. Text
 * that PostgreSQL or JSON cannot hold ({@link StorableText}) is refused while reading.
 */
@JsonDeserialize(using = RawJsonValue.Reader.class)
record RawJsonValue(String json) {

    static final RawJsonValue NULL = new RawJsonValue("null");

    LastMessage asLastMessage() {
        return new LastMessage(json);
    }

    /** Refused text inside the value; its message is the {@link StorableText} rule's. */
    static final class UnstorableText extends InvalidFormatException {

        UnstorableText(JsonParser parser, String problem, String value) {
            super(parser, problem, value, String.class);
        }

        String problem() {
            return getOriginalMessage();
        }
    }

    static final class Reader extends ValueDeserializer<RawJsonValue> {

        private static final JsonFactory JSON = new JsonFactory();

        @Override
        public RawJsonValue deserialize(JsonParser parser, DeserializationContext context) {
            StringWriter text = new StringWriter();
            try (JsonGenerator out = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
                copyValue(parser, out);
            }
            return new RawJsonValue(text.toString());
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            return NULL;
        }

        /** A record's absent field would otherwise get {@link #getNullValue}: absent must stay Java null. */
        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }

        /** Copies the value at the parser's current token, which is left on the value's last token. */
        private static void copyValue(JsonParser in, JsonGenerator out) {
            JsonToken token = in.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    out.writeStartObject();
                    while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                        out.writeName(storable(in, in.currentName()));
                        in.nextToken();
                        copyValue(in, out);
                    }
                    out.writeEndObject();
                }
                case START_ARRAY -> {
                    out.writeStartArray();
                    while (in.nextToken() != JsonToken.END_ARRAY) {
                        copyValue(in, out);
                    }
                    out.writeEndArray();
                }
                case VALUE_STRING -> out.writeString(storable(in, in.getString()));
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getString());
                case VALUE_TRUE, VALUE_FALSE -> out.writeBoolean(token == JsonToken.VALUE_TRUE);
                case VALUE_NULL -> out.writeNull();
                default -> throw new IllegalStateException("not a JSON value: " + token);
            }
        }

        private static String storable(JsonParser in, String text) {
            StorableText.problem(text).ifPresent(problem -> {
                throw new UnstorableText(in, problem, text);
            });
            return text;
        }
    }
}
