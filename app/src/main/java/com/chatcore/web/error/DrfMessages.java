package com.chatcore.web.error;

/** The messages the seeds' backend (Django REST framework, Spanish) answers with. */
public final class DrfMessages {

    public static final String REQUIRED = "Este campo es requerido.";
    public static final String BLANK = "Este campo no puede estar en blanco.";
    public static final String NOT_FOUND = "No encontrado.";
    public static final String MALFORMED_JSON = "JSON mal formado.";
    public static final String MALFORMED_REQUEST = "Solicitud con formato incorrecto.";
    public static final String INVALID_INTEGER = "Se requiere un número entero válido.";
    public static final String INVALID_BOOLEAN = "Se requiere un valor booleano válido.";
    public static final String INVALID_STRING = "No es una cadena válida.";
    public static final String INVALID_VALUE = "Valor inválido.";
    public static final String NOT_ACCEPTABLE = "No se ha podido satisfacer la solicitud de cabecera de Accept.";
    public static final String TOO_LARGE = "El cuerpo de la petición es demasiado grande.";
    public static final String SERVER_ERROR = "Error interno del servidor.";
    public static final String UNAVAILABLE = "Servicio no disponible temporalmente. Intente de nuevo.";
    public static final String CONFLICT = "El recurso fue modificado a la vez por otra petición. Intente de nuevo.";

    private DrfMessages() {
    }

    public static String methodNotAllowed(String method) {
        return "Método \"" + method + "\" no permitido.";
    }

    public static String unsupportedMediaType(String mediaType) {
        return "Tipo de medio \"" + mediaType + "\" incompatible en la solicitud.";
    }
}
