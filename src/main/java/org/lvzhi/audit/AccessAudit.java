package org.lvzhi.audit;

import java.util.Locale;
import java.util.Map;

import org.lvzhi.platform.PersonalDataView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reading is logged where it matters: every download of a spreadsheet, Word document or CSV file
 * ({@code audit.export.downloaded}, whichever handler wrote it) and every view of a page marked
 * {@link PersonalDataView} ({@code audit.personalData.viewed}), with who, when and which record.
 * Only answers that succeeded are logged.
 */
@Configuration(proxyBeanMethods = false)
class AccessAudit implements WebMvcConfigurer {

	static final String EXPORTED = "audit.export.downloaded";
	static final String VIEWED = "audit.personalData.viewed";

	private final ApplicationEventPublisher events;

	AccessAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
					Exception ex) {
				if (ex == null && response.getStatus() < 300) {
					logged(request, response, handler);
				}
			}
		});
	}

	private void logged(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String path = request.getRequestURI();
		String query = request.getQueryString();
		String where = query == null ? path : path + "?" + query;
		String kind = downloadKind(response.getContentType(), response.getHeader("Content-Disposition"));
		if (kind != null) {
			events.publishEvent(new AuditEvent(EXPORTED, "Download", kind, cut(where), null,
					Map.of("path", cut(where), "type", kind)));
			return;
		}
		if (handler instanceof HandlerMethod method && "GET".equals(request.getMethod())) {
			PersonalDataView view = method.getMethodAnnotation(PersonalDataView.class);
			if (view != null) {
				String id = pathId(request);
				events.publishEvent(new AuditEvent(VIEWED, "PersonalData", id == null ? view.value() : view.value() + "/" + id,
						cut(where), null, null));
			}
		}
	}

	/** {@code xlsx}, {@code docx} or {@code csv} when the answer is such a file, else {@code null}. */
	static String downloadKind(String contentType, String disposition) {
		String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
		String name = disposition == null ? "" : disposition.toLowerCase(Locale.ROOT);
		if (type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml") || name.contains(".xlsx")) {
			return "xlsx";
		}
		if (type.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml") || name.contains(".docx")) {
			return "docx";
		}
		if (type.startsWith("text/csv") || name.contains(".csv")) {
			return "csv";
		}
		return null;
	}

	private static String pathId(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get("id") != null) {
			String id = String.valueOf(variables.get("id"));
			return id.length() > 40 ? id.substring(0, 40) : id;
		}
		return null;
	}

	private static String cut(String text) {
		return text.length() > 500 ? text.substring(0, 500) : text;
	}
}
