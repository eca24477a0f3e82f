package com.chatcore.web.error;

import com.chatcore.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values from requests cannot forge log lines: a line break in a message or in an exception's message
 * starts an indented line, and NUL and other control characters never reach the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogForgingIntegrationTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(LogForgingIntegrationTest.class);
    private static final String FORGED = "2026-01-01T00:00:00.000Z ERROR FORGED";

    @Test
    void aForgedLineInTheQueryString(CapturedOutput output) {
        api.get("/api/chat/get_chat_status/?chat_room_id=%ff%0a2026-01-01T00:00:00.000Z%20ERROR%20FORGED%00", null);

        assertNoForgedLine(output);
    }

    @Test
    void aForgedLineInAMessageOrAnExceptionFromAnyCode(CapturedOutput output) {
        log.warn("Refused chat_room_id [{}]", "x\n" + FORGED + "\u0000\r\n" + FORGED + "\r" + FORGED);
        log.error("Unhandled error", new IllegalArgumentException("Invalid UUID string: x\n" + FORGED + "\u0000"));

        assertThat(output.getAll()).contains(FORGED);
        assertNoForgedLine(output);
    }

    private static void assertNoForgedLine(CapturedOutput output) {
        assertThat(output.getAll().split("\n"))
                .noneMatch(line -> line.startsWith(FORGED) || line.startsWith("\r" + FORGED));
        assertThat(output.getAll()).doesNotContain("\u0000");
    }
}
