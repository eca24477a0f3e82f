package com.chatcore.query.agents;

import com.chatcore.api.agent.AgentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "agents")
class AgentEntity {

    @Id
    private Long id;
    @Column(name = "user_id")
    private long userId;
    private String username;
    private String email;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "is_available")
    private boolean available;
    @Column(name = "current_active_chats")
    private int currentActiveChats;
    @Column(name = "max_concurrent_chats")
    private int maxConcurrentChats;

    protected AgentEntity() {
    }

    AgentEntity(long id, long userId, String username, String email, String firstName, String lastName,
            boolean available, int maxConcurrentChats) {
        this.id = id;
        this.userId = userId;
        this.username = username;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.available = available;
        this.maxConcurrentChats = maxConcurrentChats;
    }

    void changeProfile(String email, String firstName, String lastName) {
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    void changeAvailability(boolean available) {
        this.available = available;
    }

    void changeCapacity(int maxConcurrentChats) {
        this.maxConcurrentChats = maxConcurrentChats;
    }

    void adjustActiveChats(int delta) {
        this.currentActiveChats = Math.max(0, currentActiveChats + delta);
    }

    AgentView toView() {
        return new AgentView(id, userId, username, email, firstName, lastName, available, currentActiveChats,
                maxConcurrentChats);
    }
}
