package com.chatcore.web.error;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.accept.FixedContentNegotiationStrategy;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Error bodies are JSON whatever the Accept header asks. Negotiated like any answer, an error for a
 * client that accepts only {@code text/html} or {@code image/png} finds no converter, and that second
 * failure inside the error handler turns the 4xx into a 500.
 */
@Component
class JsonErrorResponses implements WebMvcRegistrations {

    @Override
    public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
        return new JsonOnlyResolver();
    }

    private static final class JsonOnlyResolver extends ExceptionHandlerExceptionResolver {

        private static final ContentNegotiationManager JSON =
                new ContentNegotiationManager(new FixedContentNegotiationStrategy(MediaType.APPLICATION_JSON));

        JsonOnlyResolver() {
            super.setContentNegotiationManager(JSON);
        }

        /** Spring MVC hands every resolver the application's manager, which reads the Accept header. */
        @Override
        public void setContentNegotiationManager(ContentNegotiationManager ignored) {
            super.setContentNegotiationManager(JSON);
        }
    }
}
