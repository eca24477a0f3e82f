package com.chatcore.web.error;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors that never reach a controller (a filter failing, the servlet container refusing a request)
 * still answer {@code {"detail": "..."}} and never expose a trace or an exception name.
 */
@Component
class DrfErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Object status = defaults.get("status");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", status instanceof Integer code && code == 404 ? DrfMessages.NOT_FOUND
                : status instanceof Integer code && code == 400 ? DrfMessages.MALFORMED_REQUEST
                : status instanceof Integer code && code < 500 ? String.valueOf(defaults.get("error"))
                : DrfMessages.SERVER_ERROR);
        return body;
    }
}
