package com.chatcore.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every route requires the bearer scheme unless its operation says otherwise (public routes carry an
 * empty {@code @SecurityRequirements}). {@code Token <jwt>} is accepted too, as seed 003 shows.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    static final String BEARER = "bearerAuth";

    @Bean
    OpenAPI chatOpenApi() {
        return new OpenAPI()
                .info(new Info().title("chatcore API").version("1")
                        .description("Event-sourced chat backend: live chat, support sessions, direct chats, CRM."))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("`Authorization: Bearer <jwt>` or `Authorization: Token <jwt>`")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
