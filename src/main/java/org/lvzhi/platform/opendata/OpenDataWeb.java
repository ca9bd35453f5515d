package org.lvzhi.platform.opendata;

import java.time.Clock;

import org.lvzhi.platform.abuse.ClientAddresses;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The filters and headers of {@code /api/v1}: the rate limit right after the client's address is
 * known (the client address filter runs at {@code HIGHEST_PRECEDENCE + 10}), then a strong ETag
 * computed from the body (a call with the same {@code If-None-Match} gets 304 without it), and
 * {@code Cache-Control: public} for answers to anybody, {@code private} for a signed-in reader's,
 * set before Spring Security would write its {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataWeb implements WebMvcConfigurer {

	static final String API = "/api/v1/*";

	private final ApiSettings settings;

	OpenDataWeb(ApiSettings settings) {
		this.settings = settings;
	}

	@Bean
	FilterRegistrationBean<ApiRateLimit> apiRateLimit(ClientAddresses addresses, ApiProblems problems, Clock clock) {
		var registration = new FilterRegistrationBean<>(new ApiRateLimit(settings, addresses, problems, clock));
		registration.addUrlPatterns(API);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(API);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 13);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
					Authentication reader = SecurityContextHolder.getContext().getAuthentication();
					boolean anonymous = reader == null || reader instanceof AnonymousAuthenticationToken
							|| !reader.isAuthenticated();
					response.setHeader("Cache-Control", anonymous ? "public, max-age=" + settings.maxAgeSeconds()
							: "private, max-age=0, must-revalidate");
				}
				return true;
			}
		}).addPathPatterns("/api/v1/**");
	}
}
