package com.chatcore.web.error;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report, for requests it refuses before any filter or error page of the application
 * runs (a path that is not UTF-8, say): the seeds' {@code {"detail": "..."}} instead of an HTML page.
 * Public because Tomcat instantiates it by name.
 */
public class DrfErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(ApiErrors.detail(detailFor(status))));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing left to tell.
        }
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> DrfMessages.NOT_FOUND;
            case 413 -> DrfMessages.TOO_LARGE;
            default -> status < 500 ? DrfMessages.MALFORMED_REQUEST : DrfMessages.SERVER_ERROR;
        };
    }
}
