package com.chatcore.cluster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.DispatchMessage;
import org.axonframework.serialization.Serializer;

/** A command on its way to the node its aggregate is routed to: Axon's serialized form of it, as JSON. */
@JsonIgnoreProperties(ignoreUnknown = true)
final class CommandDispatch extends DispatchMessage {

    CommandDispatch(CommandMessage<?> command, Serializer serializer) {
        super(command, serializer, true);
    }

    @JsonCreator
    CommandDispatch(@JsonProperty("commandIdentifier") String commandIdentifier,
            @JsonProperty("commandName") String commandName, @JsonProperty("payloadType") String payloadType,
            @JsonProperty("payloadRevision") String payloadRevision,
            @JsonProperty("serializedPayload") byte[] serializedPayload,
            @JsonProperty("serializedMetaData") byte[] serializedMetaData) {
        this.commandIdentifier = commandIdentifier;
        this.commandName = commandName;
        this.payloadType = payloadType;
        this.payloadRevision = payloadRevision;
        this.serializedPayload = serializedPayload;
        this.serializedMetaData = serializedMetaData;
        this.expectReply = true;
    }
}
