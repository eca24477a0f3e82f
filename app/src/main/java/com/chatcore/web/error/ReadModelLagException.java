package com.chatcore.web.error;

/** A write succeeded but its read model did not catch up within the configured wait. */
public class ReadModelLagException extends RuntimeException {

    public ReadModelLagException(String query) {
        super("Read model did not reflect the write in time: " + query);
    }
}
