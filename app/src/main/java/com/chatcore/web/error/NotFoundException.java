package com.chatcore.web.error;

/** The addressed resource does not exist (or the caller may not know that it does). */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super(DrfMessages.NOT_FOUND);
    }
}
