package org.lvzhi.platform.opendata;

import java.io.IOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal under {@code /api/v1} as problem details instead of an HTML page: a parameter that
 * cannot be used (400), a record or key that does not exist (404), too many calls (429) and any
 * error on the way. Resolves exceptions before the page handlers do; the statuses the container
 * sends itself (401 and 403 from Spring Security, an unknown path) come through the error page,
 * which answers with {@link #write} for API paths. A refusal of access is left to Spring Security.
 */
@Component
public class ApiProblems implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** Whether the request is one of the API's, whose refusals are problem details. */
	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception e) {
		if (!isApi(request) || e instanceof AccessDeniedException || e instanceof AuthenticationException
				|| response.isCommitted()) {
			return null;
		}
		try {
			switch (e) {
				case BadParameter bad -> write(request, response, 400,
						message(request, "opendata.problem.badParameter", bad.parameter(), bad.value()));
				case NotFound missing -> write(request, response, 404,
						message(request, "opendata.problem.notFound", missing.getMessage()));
				case MissingServletRequestParameterException missing -> write(request, response, 400,
						message(request, "opendata.problem.missingParameter", missing.getParameterName()));
				case TypeMismatchException mismatch -> write(request, response, 400,
						message(request, "opendata.problem.badParameter", mismatch.getPropertyName(), mismatch.getValue()));
				case HandlerMethodValidationException invalid -> write(request, response, 400,
						message(request, "opendata.problem.invalid"));
				case ResponseStatusException status -> write(request, response, status.getStatusCode().value(),
						status.getReason());
				case ErrorResponse other -> write(request, response, other.getStatusCode().value(), null);
				default -> {
					log.error("API call {} failed", request.getRequestURI(), e);
					write(request, response, 500, null);
				}
			}
		}
		catch (IOException io) {
			log.warn("could not answer problem for {}", request.getRequestURI(), io);
		}
		return new ModelAndView();
	}

	/**
	 * Answers {@code status} as problem details; {@code detail} may be {@code null}, and then says
	 * what the status means.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
			throws IOException {
		HttpStatus resolved = HttpStatus.resolve(status);
		int code = resolved == null ? 500 : status;
		String title = messages.getMessage("opendata.problem.title." + code, null,
				resolved == null ? "Error" : resolved.getReasonPhrase(), locale(request));
		String text = detail == null || detail.isBlank()
				? messages.getMessage("opendata.problem.detail." + code, null, title, locale(request)) : detail;
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String instance = original instanceof String uri ? uri : request.getRequestURI();
		response.resetBuffer();
		response.setStatus(code);
		response.setContentType(ApiProblem.MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(json.writeValueAsBytes(new ApiProblem("about:blank", title, code, text, instance)));
	}

	String message(HttpServletRequest request, String key, Object... args) {
		return messages.getMessage(key, args, key, locale(request));
	}

	private Locale locale(HttpServletRequest request) {
		try {
			return locales.resolveLocale(request);
		}
		catch (RuntimeException e) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}
}
