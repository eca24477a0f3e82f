package com.chatcore.command.agent;

/** Hands out the numeric agent ids the seeds show. */
public interface AgentIdAllocator {

    long next();
}
