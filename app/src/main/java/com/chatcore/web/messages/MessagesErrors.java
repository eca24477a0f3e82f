package com.chatcore.web.messages;

/** DRF's wording (Spanish) for the checks of this API family that {@code DrfMessages} does not hold. */
final class MessagesErrors {

    static final String NULL = "Este campo no puede ser nulo.";
    static final String NOT_PROVIDED = "Las credenciales de autenticación no se proveyeron.";

    private MessagesErrors() {
    }

    static String tooLong(int maxLength) {
        return "Asegúrese de que este campo no tenga más de " + maxLength + " caracteres.";
    }

    static String tooManyItems(int maxItems) {
        return "Asegúrese de que este campo no tenga más de " + maxItems + " elementos.";
    }

    static String invalidChoice(String input) {
        return "\"" + input + "\" no es una elección válida.";
    }

    /** DRF names the Python type it got instead of a list. */
    static String notAList(String pythonType) {
        return "Se esperaba una lista de elementos en vez del tipo \"" + pythonType + "\".";
    }

    static String atLeast(int min) {
        return "Asegúrese de que este valor es mayor o igual a " + min + ".";
    }
}
