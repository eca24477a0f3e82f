package com.chatcore.command.crm;

/** Hands out the integer ids seed 000 shows for CRM chats. */
public interface CrmChatIds {

    long next();
}
