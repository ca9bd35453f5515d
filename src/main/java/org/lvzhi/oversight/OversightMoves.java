package org.lvzhi.oversight;

import java.time.LocalDate;

import org.lvzhi.platform.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a move from a button and comes back to the page: with a success message, the refusal's
 * reason, or the concurrent-edit warning.
 */
public final class OversightMoves {

	private OversightMoves() {
	}

	public static String run(String back, RedirectAttributes redirect, String successKey, Runnable move) {
		try {
			move.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "error.concurrentEdit");
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:" + back;
	}

	public static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	public static LocalDate or(LocalDate on, LocalDate today) {
		return on == null ? today : on;
	}
}
