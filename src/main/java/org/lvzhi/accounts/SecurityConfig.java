package org.lvzhi.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Pages and APIs of the public side are open; everything else needs a
 * sign-in, and each controller states the roles it serves with {@code @PreAuthorize}, so the rule
 * sits next to the code it guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String[] PUBLIC_PATHS = { "/", "/login", "/register", "/error", "/statistics", "/statistics/**",
			"/api/v1/figures", "/api/v1/figures/**", "/public/**", "/v3/api-docs", "/v3/api-docs/**", "/api-docs.html",
			"/swagger-ui/**", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/**
	 * Argon2id, the winner of the Password Hashing Competition, with Spring Security's current
	 * recommended parameters.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}
}
