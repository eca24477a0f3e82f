package com.chatcore.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Stateless JWT security. Public routes are listed here; everything else under {@code /api} needs a
 * valid token, and the roles each route needs sit on the route itself ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /**
     * No observation around each of Spring Security's filters: a timer per filter per request cost about 5 %
     * of a message's CPU. The request as a whole is still observed (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens,
            @Value("${management.server.port:}") String managementPort) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                // The corsConfigurationSource bean; its filter answers preflights before authentication.
                .cors(Customizer.withDefaults())
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Before the request runs, not when its answer commits: a streamed answer (audit NDJSON) commits
                // on another thread while this one unwinds the filters, and two threads writing Tomcat's headers
                // corrupt them (spring-security#15510; seen under load as an NPE in MimeHeaders).
                .headers(h -> h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }))
                .addFilterBefore(new JwtAuthenticationFilter(tokens),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(new DrfAuthenticationEntryPoint())
                        .accessDeniedHandler(new DrfAccessDeniedHandler()))
                .authorizeHttpRequests(a -> a
                        // Issue 13: an auditor reads, never writes (logout aside), on every route.
                        .requestMatchers(new AuditorWrites()).denyAll()
                        // The second dispatch of a streamed answer (audit NDJSON): its request was authorized.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        // Any method: only POST is mapped, so others answer 405 (as DRF does), not 401.
                        .requestMatchers("/api/auth/register", "/api/auth/login").permitAll()
                        .requestMatchers("/api/token", "/api/token/refresh").permitAll()
                        // Guests of seed 003 are not logged in: the unguessable chat_room_id / session_id
                        // is their key. Routes shared by guests and agents decide by the caller.
                        .requestMatchers(SupportSessionRoutes.PATTERNS).authenticated()
                        .requestMatchers("/api/chat/**", "/api/user-notifications/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/messages/send_guest_message",
                                "/api/messages/mark_chat_read").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/messages/unread_count", "/api/messages/by_chat")
                                .permitAll()
                        // Role-only rules also sit here so a caller without the role gets 403 before its
                        // body is even validated (DRF checks permissions first); @PreAuthorize stays on
                        // each route as the rule of record.
                        .requestMatchers(HttpMethod.POST, "/api/agents").hasRole("SUPERUSER")
                        .requestMatchers("/api/admin-agents", "/api/admin-agents/**").hasRole("SUPERUSER")
                        .requestMatchers("/api/auditors", "/api/auditors/**").hasRole("SUPERUSER")
                        .requestMatchers("/api/audit/**").hasAnyRole("AUDITOR", "SUPERUSER")
                        .requestMatchers("/api/analytics/**").hasAnyRole("AUDITOR", "SUPERUSER", "AGENT")
                        .requestMatchers("/api/admin/**").hasAnyRole("AUDITOR", "SUPERUSER")
                        .requestMatchers("/api/agents/**", "/api/chat-rooms/**", "/api/notifications/**")
                                .hasAnyRole("AGENT", "SUPERUSER")
                        .requestMatchers("/api/**").authenticated()
                        // Metrics: a SUPERUSER's token on the API port, anyone on the management port (when set).
                        .requestMatchers(new ManagementPort(managementPort)).permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/prometheus/**").hasRole("SUPERUSER")
                        // WebSocket handshakes authenticate themselves (token in the query string).
                        .requestMatchers("/ws/**").permitAll()
                        // Socket.IO connections authenticate themselves (auth.token of the namespace handshake).
                        .requestMatchers("/socket.io/**").permitAll()
                        .anyRequest().permitAll())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
