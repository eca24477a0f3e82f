package com.chatcore.command.agent;

import com.chatcore.api.error.FieldValidationException;

import java.util.List;
import java.util.Map;

/** A command named an agent that does not exist. */
public class UnknownAgentException extends FieldValidationException {

    public UnknownAgentException(long agentId) {
        super(Map.of("agent_id", List.of("Pk inválido \"" + agentId + "\" - el objeto no existe.")));
    }
}
