package com.chatcore.web.supportsessions;

import com.chatcore.api.conversation.SupportSessionRuleViolation;

/** Seed 001's words. */
final class SupportMessages {

    static final String SESSION_FOUND = "Sesión obtenida exitosamente";
    static final String SESSION_CREATED = "Sesión creada exitosamente";
    static final String MESSAGES_FOUND = "Mensajes obtenidos exitosamente";
    static final String MESSAGE_SENT = "Mensaje enviado exitosamente";
    static final String SESSION_CLOSED = "Sesión cerrada exitosamente";
    static final String MARKED_READ = "Mensajes marcados como leídos";
    static final String SESSIONS_FOUND = "Sesiones obtenidas exitosamente";
    static final String RATED = "Calificación registrada exitosamente";

    static final String NOT_FOUND = "Sesión de chat no encontrada";
    static final String FORBIDDEN = SupportSessionRuleViolation.NOT_OWNER_MESSAGE;
    static final String SESSION_OPEN = SupportSessionRuleViolation.SESSION_OPEN_MESSAGE;
    static final String EMPTY_MESSAGE = "El mensaje no puede estar vacío";
    static final String TOO_LONG = "El mensaje no puede tener más de 500 caracteres";
    static final String TOO_MANY = "Demasiados mensajes: máximo 10 por minuto";
    static final String INVALID_BODY = "Cuerpo de la petición inválido";
    static final String CONFLICT = "La sesión cambió al mismo tiempo; inténtalo de nuevo";
    static final String UNAVAILABLE = "Servicio no disponible; inténtalo de nuevo en un momento";
    static final String SERVER_ERROR = "Error interno del servidor";

    private SupportMessages() {
    }
}
