package com.chatcore.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class NodeRequestSignatureTest {

    private static final byte[] SECRET = "node-signature-test-secret-of-32-bytes!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "{\"commandName\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    private final AtomicLong now = new AtomicLong(1_800_000_000_000L);
    private final NodeRequestSignature nodes = new NodeRequestSignature(SECRET, now::get);

    @Test
    void aNodeWithTheSameSecretAcceptsTheBodyItWasSignedFor() {
        NodeRequestSignature otherNode = new NodeRequestSignature(SECRET.clone(), now::get);
        String signed = nodes.sign(BODY);
        assertThat(otherNode.verify(BODY, signed)).isTrue();
        assertThat(otherNode.verify("{\"commandName\":\"y\"}".getBytes(StandardCharsets.UTF_8), signed)).isFalse();
    }

    @Test
    void anotherSecretIsRefused() {
        NodeRequestSignature outsider = new NodeRequestSignature(
                "another-secret-that-is-also-32-bytes-long".getBytes(StandardCharsets.UTF_8), now::get);
        assertThat(nodes.verify(BODY, outsider.sign(BODY))).isFalse();
    }

    @Test
    void aSignatureIsGoodForAMinuteEitherWay() {
        String signed = nodes.sign(BODY);
        now.addAndGet(60_000);
        assertThat(nodes.verify(BODY, signed)).isTrue();
        now.addAndGet(1);
        assertThat(nodes.verify(BODY, signed)).as("replayed too late").isFalse();
        now.addAndGet(-120_002);
        assertThat(nodes.verify(BODY, signed)).as("from a clock far ahead").isFalse();
    }

    @Test
    void aChangedTimeOrMalformedHeaderIsRefused() {
        String signed = nodes.sign(BODY);
        String mac = signed.substring(signed.indexOf('.'));
        assertThat(nodes.verify(BODY, (now.get() + 1) + mac)).isFalse();
        assertThat(nodes.verify(BODY, null)).isFalse();
        assertThat(nodes.verify(BODY, "")).isFalse();
        assertThat(nodes.verify(BODY, mac)).isFalse();
        assertThat(nodes.verify(BODY, "abc" + mac)).isFalse();
        assertThat(nodes.verify(BODY, now.get() + ".%%%")).isFalse();
    }
}
