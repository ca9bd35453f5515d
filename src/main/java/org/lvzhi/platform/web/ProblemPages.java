package org.lvzhi.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;

import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.FieldTooLong;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The last line for refusals a page did not handle itself: the user reads why, in the user's
 * language, and what was saved before stays saved. A form posted from one of this application's
 * pages (its {@code Referer}) goes back to that page with the reason and with what was typed in the
 * form (see {@link RefusedForms}), as the pages that handle refusals themselves do; without one
 * (a script, a stale bookmark) the reason is shown on the error page.
 */
@ControllerAdvice(annotations = Controller.class)
class ProblemPages {

	private final LayoutAdvice layout;

	ProblemPages(LayoutAdvice layout) {
		this.layout = layout;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String concurrentEdit(Model model, HttpServletRequest request, HttpServletResponse response) {
		String back = back(request, "error.concurrentEdit", null);
		if (back != null) {
			return back;
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		layout.fill(model, request);
		model.addAttribute("status", 409);
		model.addAttribute("messageKey", "error.concurrentEdit");
		return "error";
	}

	/**
	 * A text too long for its column that no check caught before the database (both H2 and
	 * PostgreSQL report SQLState 22001): the same refusal as {@link FieldTooLong}, never a 500;
	 * likewise a reference to a record that does not exist.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String tooLongForItsColumn(DataIntegrityViolationException e, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String state = NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql ? sql.getSQLState() : null;
		String key = switch (state == null ? "" : state) {
			case "22001" -> "platform.error.tooLongSomewhere";
			// A tampered or stale id of a record that does not exist (H2 says 23506, PostgreSQL 23503).
			case "23503", "23506" -> "platform.error.noSuchRecord";
			default -> throw e;
		};
		String back = back(request, key, null);
		if (back != null) {
			return back;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		layout.fill(model, request);
		model.addAttribute("status", 422);
		model.addAttribute("messageKey", key);
		return "error";
	}

	/** A form posted without the file its handler requires, or not as an upload at all. */
	@ExceptionHandler(MultipartException.class)
	String notAnUpload(MultipartException e, Model model, HttpServletRequest request, HttpServletResponse response) {
		boolean tooLarge = e instanceof MaxUploadSizeExceededException;
		response.setStatus(tooLarge ? 413 : 400);
		layout.fill(model, request);
		model.addAttribute("status", tooLarge ? 413 : 400);
		model.addAttribute("messageKey", tooLarge ? "error.tooLarge" : "error.badRequest");
		return "error";
	}

	@ExceptionHandler(DomainException.class)
	String refused(DomainException e, Model model, HttpServletRequest request, HttpServletResponse response) {
		String back = back(request, e.messageKey(), e.args());
		if (back != null) {
			return back;
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		layout.fill(model, request);
		model.addAttribute("status", 422);
		model.addAttribute("messageKey", e.messageKey());
		model.addAttribute("messageArgs", e.args());
		return "error";
	}

	/**
	 * A value the form's field cannot hold (text where a number is due, a choice that is no longer
	 * offered, a missing one): back to the form with what was typed when it came from a page, else
	 * the usual 400.
	 */
	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			BindException.class })
	String badValue(Exception e, HttpServletRequest request) throws Exception {
		String back = back(request, "error.badRequest", null);
		if (back == null) {
			throw e; // answered as before: 400
		}
		return back;
	}

	/**
	 * The way back to the page a refused form was posted from: its path on this host, with the
	 * reason and the typed values as flash attributes; {@code null} when the post did not come from
	 * a page of this application (a browser's form post asks for HTML and names its page).
	 */
	static String back(HttpServletRequest request, String messageKey, Object[] args) {
		if (!"POST".equalsIgnoreCase(request.getMethod())) {
			return null;
		}
		String referer = request.getHeader("Referer");
		String accept = request.getHeader("Accept");
		if (referer == null || accept == null || !accept.contains("text/html") || request.getHeader("HX-Request") != null
				|| request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		URI from;
		try {
			from = new URI(referer);
		}
		catch (URISyntaxException ex) {
			return null;
		}
		String path = from.getRawPath();
		if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName()) || path == null
				|| !path.startsWith("/") || path.startsWith("//") || !path.startsWith(request.getContextPath())) {
			return null;
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put(RefusedForms.ERROR_KEY, messageKey);
		if (args != null) {
			flash.put("errorArgs", args);
		}
		flash.put(RefusedForm.ATTRIBUTE, RefusedForm.of(request));
		String query = from.getRawQuery();
		return "redirect:" + path.substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
	}
}
