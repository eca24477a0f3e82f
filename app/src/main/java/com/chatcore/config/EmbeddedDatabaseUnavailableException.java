package com.chatcore.config;

import java.nio.file.Path;

class EmbeddedDatabaseUnavailableException extends RuntimeException {

    EmbeddedDatabaseUnavailableException(Path directory, Throwable cause) {
        super("Embedded PostgreSQL could not start in " + directory + " (" + rootMessage(cause) + ")", cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
