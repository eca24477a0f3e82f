package com.chatcore.query.agents;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AgentRepository extends JpaRepository<AgentEntity, Long> {

    Optional<AgentEntity> findByUserId(long userId);

    @Query("select a from AgentEntity a where lower(a.username) = lower(:username)")
    Optional<AgentEntity> findByUsernameIgnoreCase(String username);

    List<AgentEntity> findAllByOrderByIdAsc(Pageable page);
}
