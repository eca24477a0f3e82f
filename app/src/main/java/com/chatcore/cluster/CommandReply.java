package com.chatcore.cluster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.distributed.ReplyMessage;
import org.axonframework.serialization.Serializer;

/** A routed command's result on its way back to the node that sent it: Axon's serialized form, as JSON. */
@JsonIgnoreProperties(ignoreUnknown = true)
final class CommandReply extends ReplyMessage {

    CommandReply(String commandIdentifier, CommandResultMessage<?> result, Serializer serializer) {
        super(commandIdentifier, result, serializer);
    }

    @JsonCreator
    CommandReply(@JsonProperty("commandIdentifier") String commandIdentifier,
            @JsonProperty("serializedMetaData") byte[] serializedMetaData,
            @JsonProperty("payloadType") String payloadType, @JsonProperty("payloadRevision") String payloadRevision,
            @JsonProperty("serializedPayload") byte[] serializedPayload,
            @JsonProperty("exceptionType") String exceptionType,
            @JsonProperty("exceptionRevision") String exceptionRevision,
            @JsonProperty("serializedException") byte[] serializedException) {
        this.commandIdentifier = commandIdentifier;
        this.serializedMetaData = serializedMetaData;
        this.payloadType = payloadType;
        this.payloadRevision = payloadRevision;
        this.serializedPayload = serializedPayload;
        this.exceptionType = exceptionType;
        this.exceptionRevision = exceptionRevision;
        this.serializedException = serializedException;
    }
}
