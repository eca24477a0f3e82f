package com.chatcore.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The wire format between nodes: plain JSON of Axon's serialized messages, apart from the API's settings. */
final class ClusterJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ClusterJson() {
    }
}
