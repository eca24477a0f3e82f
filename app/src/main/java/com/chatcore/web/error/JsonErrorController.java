package com.chatcore.web.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

import java.util.Map;

/**
 * The container's error page, for failures that never reached a controller. It answers JSON whatever
 * the Accept header asks (Boot's own renders HTML for browsers), and a client that asks for the page
 * itself finds no resource there instead of an error without a status.
 */
@Hidden
@RestController
class JsonErrorController implements ErrorController {

    private final ErrorAttributes errorAttributes;

    JsonErrorController(ErrorAttributes errorAttributes) {
        this.errorAttributes = errorAttributes;
    }

    @RequestMapping("${spring.web.error.path:/error}")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiErrors.detail(DrfMessages.NOT_FOUND));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(
                errorAttributes.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults()));
    }
}
