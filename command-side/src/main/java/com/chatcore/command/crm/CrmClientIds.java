package com.chatcore.command.crm;

/** Hands out CRM client ids. */
public interface CrmClientIds {

    long next();
}
