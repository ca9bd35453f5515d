package org.lvzhi.platform.web;

import org.lvzhi.platform.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The last line for refusals a page did not handle itself: the user reads why, in the user's
 * language, and what was saved before stays saved.
 */
@ControllerAdvice(annotations = Controller.class)
class ProblemPages {

	private final LayoutAdvice layout;

	ProblemPages(LayoutAdvice layout) {
		this.layout = layout;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentEdit(Model model, HttpServletRequest request) {
		layout.fill(model, request);
		model.addAttribute("status", 409);
		model.addAttribute("messageKey", "error.concurrentEdit");
		return "error";
	}

	@ExceptionHandler(DomainException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String refused(DomainException e, Model model, HttpServletRequest request) {
		layout.fill(model, request);
		model.addAttribute("status", 422);
		model.addAttribute("messageKey", e.messageKey());
		model.addAttribute("messageArgs", e.args());
		return "error";
	}
}
