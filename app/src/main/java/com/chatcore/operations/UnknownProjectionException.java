package com.chatcore.operations;

/** No projection (tracking processor) or processing group of that name. */
public class UnknownProjectionException extends RuntimeException {

    public UnknownProjectionException(String name) {
        super("No projection or processing group named '" + name + "'.");
    }
}
