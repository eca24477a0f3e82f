package com.chatcore.query.users;

import com.chatcore.api.user.LoginAccountView;
import com.chatcore.api.user.Role;
import com.chatcore.api.user.UserView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "users")
class UserEntity {

    @Id
    private Long id;
    private String username;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "password_hash")
    private String passwordHash;
    private boolean active;

    protected UserEntity() {
    }

    UserEntity(long id, String username, String email, String firstName, String lastName, Role role,
            String passwordHash) {
        this.id = id;
        this.username = username;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = true;
    }

    void changeProfile(String email, String firstName, String lastName) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void deactivate() {
        this.active = false;
    }

    UserView toView() {
        return new UserView(id, username, email, firstName, lastName, role, active);
    }

    LoginAccountView toLoginAccount() {
        return new LoginAccountView(id, username, passwordHash, role, active);
    }
}
