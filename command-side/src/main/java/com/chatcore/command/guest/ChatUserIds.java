package com.chatcore.command.guest;

/** Hands out the numeric chat-user ids seed 003 shows. */
public interface ChatUserIds {

    long next();
}
