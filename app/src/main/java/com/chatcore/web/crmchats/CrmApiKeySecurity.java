package com.chatcore.web.crmchats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds {@link CrmApiKeyFilter} to the API's security filter chain when {@code chat.crm-chats.api-key} is set.
 * Spring Security applies {@code Customizer<HttpSecurity>} beans to the chain's builder, so the chain itself
 * (security's {@code SecurityConfig}) stays as it is.
 */
@Configuration(proxyBeanMethods = false)
class CrmApiKeySecurity {

    @Bean
    Customizer<HttpSecurity> crmChatsApiKey(CrmChatsProperties properties, JsonMapper json) {
        return http -> {
            if (properties.apiKeyEnabled()) {
                http.addFilterBefore(new CrmApiKeyFilter(properties, json), AnonymousAuthenticationFilter.class);
            }
        };
    }
}
