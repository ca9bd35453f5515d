package org.lvzhi.platform.web;

import java.io.IOException;

import org.lvzhi.platform.abuse.AbuseFilters;
import org.lvzhi.platform.opendata.ApiProblems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error ends on a translated page with the status and a way back, never a stack trace; an
 * error of an API call ends on problem details instead.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ApiProblems problems;

	ErrorPages(ApiProblems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
			// A call of the API gets problem details, not a page.
			problems.write(request, response, status, null);
			return null;
		}
		HttpStatus resolved = HttpStatus.resolve(status);
		if (resolved == null) {
			resolved = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		response.setStatus(resolved.value());
		model.addAttribute("status", resolved.value());
		boolean staleForm = request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException;
		boolean formTooLarge = request.getAttribute(AbuseFilters.FORM_TOO_LARGE) != null;
		model.addAttribute("messageKey", staleForm ? "error.staleForm" : formTooLarge ? "error.formTooLarge" : switch (resolved.value()) {
			case 403 -> "error.forbidden";
			case 404 -> "error.notFound";
			case 400 -> "error.badRequest";
			case 405 -> "error.badRequest";
			case 413 -> "error.tooLarge";
			default -> "error.internal";
		});
		return "error";
	}
}
