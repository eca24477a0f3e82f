package com.chatcore.query.users;

import com.chatcore.api.user.FindLoginAccountQuery;
import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.FindUserByUsernameQuery;
import com.chatcore.api.user.FindUsersByRoleQuery;
import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserDeactivatedEvent;
import com.chatcore.api.user.UserPasswordChangedEvent;
import com.chatcore.api.user.UserProfileChangedEvent;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.api.user.UserView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The users read model: accounts for login and profile lookups. Idempotent: inserts ignore a row
 * already there, updates set values.
 */
@Component
@ProcessingGroup(UsersProjection.GROUP)
class UsersProjection {

    static final String GROUP = "users";
    private static final String SELECT = "SELECT * FROM users ";

    private final JdbcTemplate jdbc;
    private final QueryUpdateEmitter updates;

    UsersProjection(JdbcTemplate jdbc, QueryUpdateEmitter updates) {
        this.jdbc = jdbc;
        this.updates = updates;
    }

    @EventHandler
    void on(UserRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO users (id, username, email, first_name, last_name, role, password_hash, active)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE) ON CONFLICT (id) DO NOTHING""",
                event.userId(), event.username(), event.email(), event.firstName(), event.lastName(),
                event.role().name(), event.passwordHash());
        announce(event.userId());
    }

    @EventHandler
    void on(UserProfileChangedEvent event) {
        jdbc.update("UPDATE users SET email = ?, first_name = ?, last_name = ? WHERE id = ?", event.email(),
                event.firstName(), event.lastName(), event.userId());
        announce(event.userId());
    }

    /**
     * The event's sequence number in its account becomes the token generation: it only grows, and
     * setting it (rather than counting up) keeps a redelivered event or a replay from moving it.
     */
    @EventHandler
    void on(UserPasswordChangedEvent event, @SequenceNumber long sequence) {
        jdbc.update("""
                UPDATE users SET password_hash = ?, token_generation = GREATEST(token_generation, ?)
                WHERE id = ?""", event.passwordHash(), sequence, event.userId());
        announce(event.userId());
        // Lets a password change wait until login accepts the new password.
        jdbc.query(SELECT + "WHERE id = ?", UsersProjection::toLoginAccount, event.userId()).forEach(account ->
                updates.emit(FindLoginAccountQuery.class, q -> q.username().equalsIgnoreCase(account.username()),
                        account));
    }

    @EventHandler
    void on(UserDeactivatedEvent event, @SequenceNumber long sequence) {
        jdbc.update("UPDATE users SET active = FALSE, token_generation = GREATEST(token_generation, ?) WHERE id = ?",
                sequence, event.userId());
        announce(event.userId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM users");
    }

    @QueryHandler
    Optional<UserView> handle(FindUserByIdQuery query) {
        return jdbc.query(SELECT + "WHERE id = ?", UsersProjection::toView, query.userId()).stream().findFirst();
    }

    /** Served by the unique index on lower(username). */
    @QueryHandler
    Optional<UserView> handle(FindUserByUsernameQuery query) {
        return jdbc.query(SELECT + "WHERE lower(username) = lower(?)", UsersProjection::toView, query.username())
                .stream().findFirst();
    }

    /** Served by the partial index users_role. */
    @QueryHandler
    List<UserView> handle(FindUsersByRoleQuery query) {
        return jdbc.query(SELECT + "WHERE role = ? AND active ORDER BY id LIMIT ?", UsersProjection::toView,
                query.role().name(), query.limit());
    }

    @QueryHandler
    Optional<LoginAccountView> handle(FindLoginAccountQuery query) {
        return jdbc.query(SELECT + "WHERE lower(username) = lower(?)", UsersProjection::toLoginAccount,
                query.username()).stream().findFirst();
    }

    private void announce(long userId) {
        handle(new FindUserByIdQuery(userId)).ifPresent(view -> {
            updates.emit(FindUserByIdQuery.class, q -> q.userId() == view.id(), view);
            updates.emit(FindUserByUsernameQuery.class, q -> q.username().equalsIgnoreCase(view.username()), view);
        });
    }

    private static UserView toView(ResultSet row, int index) throws SQLException {
        return new UserView(row.getLong("id"), row.getString("username"), row.getString("email"),
                row.getString("first_name"), row.getString("last_name"), Role.valueOf(row.getString("role")),
                row.getBoolean("active"), row.getLong("token_generation"));
    }

    private static LoginAccountView toLoginAccount(ResultSet row, int index) throws SQLException {
        return new LoginAccountView(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
                Role.valueOf(row.getString("role")), row.getBoolean("active"), row.getLong("token_generation"));
    }
}
