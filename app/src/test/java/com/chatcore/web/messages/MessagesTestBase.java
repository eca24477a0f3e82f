package com.chatcore.web.messages;

import com.chatcore.support.IntegrationTest;
import com.chatcore.web.consistency.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Integration tests of this API family: chats come from {@link ChatScenarios}. */
abstract class MessagesTestBase extends IntegrationTest {

    static final String FORBIDDEN = "Usted no tiene permiso para realizar esta acción.";
    static final String UNAUTHENTICATED = "Las credenciales de autenticación no se proveyeron.";

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    ReadYourWrites readYourWrites;

    ChatScenarios chats;

    @BeforeEach
    void scenarios() {
        chats = new ChatScenarios(commands, queries, readYourWrites, accounts);
    }

    ChatScenarios.Agent agent() {
        return chats.agent(unique("agent"));
    }

    /** An ordered JSON object: alternating field names and values. */
    static Map<String, Object> obj(Object... fieldsAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            json.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return json;
    }

    static Map<String, Object> detail(String message) {
        return obj("detail", message);
    }

    static Map<String, Object> fieldError(String field, String message) {
        return obj(field, List.of(message));
    }
}
