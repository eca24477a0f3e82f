package com.chatcore.command.user;

/**
 * The set-based side of accounts: numeric ids and unique usernames and emails. Reservations are
 * made inside the command's transaction, so a rolled back registration frees its names.
 */
public interface UserRegistry {

    /**
     * Reserves the username and email (case-insensitively) for a new account and returns its id.
     *
     * @throws com.chatcore.api.error.FieldValidationException naming every field already taken
     */
    long reserve(String username, String email);

    /**
     * Moves an account's reserved email to a new value.
     *
     * @throws com.chatcore.api.error.FieldValidationException when the email is taken
     */
    void changeEmail(long userId, String email);
}
