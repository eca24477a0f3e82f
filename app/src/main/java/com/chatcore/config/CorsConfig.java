package com.chatcore.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** CORS for every path, read by Spring Security's CORS filter, which answers preflights before authentication. */
@Configuration(proxyBeanMethods = false)
class CorsConfig {

    @Bean
    CorsConfigurationSource corsConfigurationSource(AllowedOrigins origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", origins.cors());
        return source;
    }

    /** The filter Spring Security uses when a bean has this name; it refuses in JSON. */
    @Bean
    CorsFilter corsFilter(CorsConfigurationSource corsConfigurationSource) {
        CorsFilter filter = new CorsFilter(corsConfigurationSource);
        filter.setCorsProcessor(new JsonCorsProcessor());
        return filter;
    }

    /** Only inside Spring Security's chain (before authentication), not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<CorsFilter> corsFilterOutsideSecurity(CorsFilter corsFilter) {
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(corsFilter);
        registration.setEnabled(false);
        return registration;
    }
}
