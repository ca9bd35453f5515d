package org.lvzhi.platform.web;

import java.io.IOException;
import java.util.Map;

import org.lvzhi.platform.abuse.AbuseFilters;
import org.lvzhi.platform.files.AttachmentSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Refuses a posted body before anything reads it when it is larger than any honest form: far
 * less for someone not signed in than for staff, who upload rosters and drafts. Then refuses any
 * single text field longer than {@link LimitSettings#maxFieldLength()}, before binding, so that no
 * use case, text analysis or export ever sees one. Both end on the translated 413 page. A field
 * holding a NUL character is refused with 400.
 *
 * <p>Runs before Spring Security, so that even the CSRF check does not parse an oversized body;
 * whether the request is signed in is read from the session the way Spring Security stores it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLimits extends OncePerRequestFilter {

	private final LimitSettings settings;
	private final AttachmentSettings attachments;

	RequestLimits(LimitSettings settings, AttachmentSettings attachments) {
		this.settings = settings;
		this.attachments = attachments;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > maxBody(request)) {
			if (!signedIn(request)) {
				// The public is told what was too large, as the public forms' own size guard does.
				request.setAttribute(AbuseFilters.FORM_TOO_LARGE, Boolean.TRUE);
			}
			refuse(request, response);
			return;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (value != null && value.length() > settings.maxFieldLength()) {
					refuse(request, response);
					return;
				}
				if (value != null && value.indexOf('\0') >= 0) {
					// No one types a NUL, and PostgreSQL stores none in text: refused before any use case.
					response.sendError(HttpServletResponse.SC_BAD_REQUEST);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private long maxBody(HttpServletRequest request) {
		if (!signedIn(request)) {
			return AbuseFilters.isPublicUpload(request) ? attachments.maxRequestBytes() : settings.anonymousBodyBytes();
		}
		return isMultipart(request) ? Long.MAX_VALUE : settings.signedInBodyBytes();
	}

	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.startsWith("multipart/");
	}

	/** The body is left unread; the connection is closed rather than drained. */
	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close");
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}
}
