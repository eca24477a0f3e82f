package com.chatcore.api.error;

/**
 * A command was refused because the aggregate's state forbids it (for example: the account is
 * already deactivated). The message is meant for the API caller.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable name of the rule, for logs and tests. */
    public String rule() {
        return rule;
    }
}
