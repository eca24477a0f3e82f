package com.chatcore.web.directchats;

/** Seed 002's answers, word for word as its implementation writes them. */
final class DirectChatMessages {

    static final String PARTICIPANTS_REQUIRED = "El campo 'participants' es requerido y debe ser un array";
    static final String PARTICIPANTS_NOT_ARRAY = "El campo 'participants' debe ser un array";
    static final String LAST_MESSAGE_REQUIRED = "El campo 'lastMessage' es requerido";
    static final String CHAT_NOT_FOUND = "Chat no encontrado";
    static final String USER_NOT_FOUND = "Usuario no encontrado";
    static final String CREATED = "Chat creado exitosamente";
    static final String EXISTS = "Chat ya existe";
    static final String UPDATED = "Chat actualizado exitosamente";
    static final String LAST_MESSAGE_UPDATED = "Último mensaje actualizado exitosamente";
    static final String DELETED = "Chat eliminado exitosamente";
    /** Ours: the seed has no authorization; a user may see only the chats they take part in. */
    static final String NOT_A_PARTICIPANT = "No tienes permiso para acceder a este chat";
    static final String OTHER_USERS_CHATS = "No tienes permiso para ver los chats de otro usuario";

    private DirectChatMessages() {
    }
}
