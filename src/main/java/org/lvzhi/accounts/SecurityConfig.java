package org.lvzhi.accounts;

import java.time.Clock;

import org.lvzhi.platform.AbuseControl;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach what. Pages and APIs of the public side are open; everything else needs a
 * sign-in, and each controller states the roles it serves with {@code @PreAuthorize}, so the rule
 * sits next to the code it guards. Signing in is throttled per account and client
 * ({@link ThrottledSignIn}), may take a second step ({@link SignInCodeController}), and a session
 * ends when its account is disabled or its password changes ({@link SessionGuard}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String[] PUBLIC_PATHS = { "/", "/login", "/login/code", "/register", "/register/**", "/setup", "/site-notices", "/error",
			"/statistics", "/statistics/**", "/api/v1/figures", "/api/v1/figures/**", "/public/**",
			// The open data (platform.opendata): the public lists under /api/v1, as JSON and CSV.
			"/api/v1/catalogue", "/api/v1/search", "/api/v1/popolo", "/api/v1/laws", "/api/v1/laws.csv", "/api/v1/drafts",
			"/api/v1/drafts.csv", "/api/v1/comment-decisions", "/api/v1/comment-decisions.csv", "/api/v1/suggestions",
			"/api/v1/suggestions.csv", "/api/v1/bills", "/api/v1/bills.csv", "/api/v1/oversight-topics",
			"/api/v1/oversight-topics.csv", "/api/v1/filing-reviews", "/api/v1/filing-reviews.csv", "/api/v1/sittings",
			"/api/v1/sittings.csv", "/api/v1/communiques", "/api/v1/communiques.csv", "/api/v1/appointments",
			"/api/v1/appointments.csv", "/api/v1/annual-reports", "/api/v1/annual-reports.csv", "/api/v1/questionnaire-results", "/api/v1/questionnaire-results.csv", "/v3/api-docs",
			"/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
			"/favicon.ico" };

	private static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
	private static final AuthenticationEntryPoint LOGIN = new LoginUrlAuthenticationEntryPoint("/login");

	/** Where the signed-in user is kept: the session, as Spring Security's default does. */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder encoder,
			SignInThrottle throttle, SignInAudit audit, AbuseControl abuse, SecurityContextRepository contexts,
			JdbcClient jdbc, Clock clock) throws Exception {
		// The only way to sign in: no second provider that would try a refused password again.
		http.authenticationManager(new ProviderManager(new ThrottledSignIn(users, encoder, throttle, audit, abuse)))
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			// An API call without the sign-in it needs is told so (401, problem details), not sent to the login page.
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
				if (API.matches(request)) {
					response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				}
				else {
					LOGIN.commence(request, response, e);
				}
			}))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SignInSuccess(contexts, audit, abuse, clock))
				.failureHandler(new LoginFailureHandler()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
			.addFilterBefore(new SessionGuard(jdbc), AuthorizationFilter.class)
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
