package com.chatcore.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded start into one line naming its cause and what to do about it. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        if (cause.getCause() instanceof OrphanedPostmaster.DataDirectoryInUseException) {
            return new FailureAnalysis(cause.getMessage(), "Stop the other server, or set CHAT_DATA_DIR to a "
                    + "directory of this server's own.", cause);
        }
        return new FailureAnalysis(cause.getMessage(),
                "Check that CHAT_DATA_DIR is writable and that this machine can run PostgreSQL (the cause above), "
                        + "or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to "
                        + "use an external PostgreSQL.", cause);
    }
}
