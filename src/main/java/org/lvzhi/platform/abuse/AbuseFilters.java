package org.lvzhi.platform.abuse;

import java.io.IOException;

import org.lvzhi.platform.files.AttachmentSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The two filters in front of everything else, Spring Security included: the first puts the
 * client's address where every later reader looks ({@code getRemoteAddr()}), the second refuses an
 * oversized post to a form anybody may send before a byte of it is parsed.
 */
@Configuration(proxyBeanMethods = false)
public class AbuseFilters {

	/** Marks a request refused for its size, so that the error page says what was too large. */
	public static final String FORM_TOO_LARGE = AbuseFilters.class.getName() + ".formTooLarge";

	/** The paths of the forms anybody may post; signed-in users' forms keep the container's limits. */
	static final String[] ANONYMOUS_POSTS = { "/public/*", "/register", "/register/*", "/login", "/login/*" };

	@Bean
	FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(ClientAddresses addresses) {
		var registration = new FilterRegistrationBean<>(new ClientAddressFilter(addresses));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FormSizeFilter> formSizeFilter(AbuseSettings settings, AttachmentSettings attachments) {
		var registration = new FilterRegistrationBean<>(new FormSizeFilter(settings.maxFormBytes(),
				attachments.maxRequestBytes()));
		registration.addUrlPatterns(ANONYMOUS_POSTS);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
		return registration;
	}

	static final class ClientAddressFilter extends OncePerRequestFilter {

		private final ClientAddresses addresses;

		ClientAddressFilter(ClientAddresses addresses) {
			this.addresses = addresses;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String client = addresses.resolve(request);
			chain.doFilter(client.equals(request.getRemoteAddr()) ? request : new HttpServletRequestWrapper(request) {
				@Override
				public String getRemoteAddr() {
					return client;
				}

				@Override
				public String getRemoteHost() {
					return client;
				}
			}, response);
		}
	}

	static final class FormSizeFilter extends OncePerRequestFilter {

		private final long max;
		private final long maxUpload;

		FormSizeFilter(long max, long maxUpload) {
			this.max = max;
			this.maxUpload = maxUpload;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				long length = request.getContentLengthLong();
				long limit = isPublicUpload(request) ? maxUpload : max;
				// A body of unknown length (chunked) could be of any size: honest browsers always say.
				if (length > limit || (length < 0 && request.getHeader("Transfer-Encoding") != null)) {
					request.setAttribute(FORM_TOO_LARGE, Boolean.TRUE);
					response.setHeader("Connection", "close");
					response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
					return;
				}
			}
			chain.doFilter(request, response);
		}
	}

	/**
	 * A public form with attachments (an online petition): its files may be larger than any text form,
	 * up to the attachments' limit of a whole request, so that a file too large reaches the form's own
	 * check and its message instead of an error page.
	 */
	public static boolean isPublicUpload(HttpServletRequest request) {
		String type = request.getContentType();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
				&& path.startsWith("/public/");
	}
}
