package com.chatcore.query.users;

import com.chatcore.api.user.FindLoginAccountQuery;
import com.chatcore.api.user.FindUserByIdQuery;
import com.chatcore.api.user.FindUserByUsernameQuery;
import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.UserDeactivatedEvent;
import com.chatcore.api.user.UserPasswordChangedEvent;
import com.chatcore.api.user.UserProfileChangedEvent;
import com.chatcore.api.user.UserRegisteredEvent;
import com.chatcore.api.user.UserView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The users read model: accounts for login and profile lookups. Idempotent: every handler upserts. */
@Component
@ProcessingGroup(UsersProjection.GROUP)
class UsersProjection {

    static final String GROUP = "users";

    private final UserRepository users;
    private final QueryUpdateEmitter updates;

    UsersProjection(UserRepository users, QueryUpdateEmitter updates) {
        this.users = users;
        this.updates = updates;
    }

    @EventHandler
    void on(UserRegisteredEvent event) {
        UserEntity user = users.save(new UserEntity(event.userId(), event.username(), event.email(),
                event.firstName(), event.lastName(), event.role(), event.passwordHash()));
        announce(user);
    }

    @EventHandler
    void on(UserProfileChangedEvent event) {
        users.findById(event.userId()).ifPresent(user -> {
            user.changeProfile(event.email(), event.firstName(), event.lastName());
            announce(user);
        });
    }

    @EventHandler
    void on(UserPasswordChangedEvent event) {
        users.findById(event.userId()).ifPresent(user -> user.changePasswordHash(event.passwordHash()));
    }

    @EventHandler
    void on(UserDeactivatedEvent event) {
        users.findById(event.userId()).ifPresent(user -> {
            user.deactivate();
            announce(user);
        });
    }

    @ResetHandler
    void reset() {
        users.deleteAllInBatch();
    }

    @QueryHandler
    Optional<UserView> handle(FindUserByIdQuery query) {
        return users.findById(query.userId()).map(UserEntity::toView);
    }

    @QueryHandler
    Optional<UserView> handle(FindUserByUsernameQuery query) {
        return users.findByUsernameIgnoreCase(query.username()).map(UserEntity::toView);
    }

    @QueryHandler
    Optional<LoginAccountView> handle(FindLoginAccountQuery query) {
        return users.findByUsernameIgnoreCase(query.username()).map(UserEntity::toLoginAccount);
    }

    private void announce(UserEntity user) {
        UserView view = user.toView();
        updates.emit(FindUserByIdQuery.class, q -> q.userId() == view.id(), view);
        updates.emit(FindUserByUsernameQuery.class, q -> q.username().equalsIgnoreCase(view.username()), view);
    }
}
