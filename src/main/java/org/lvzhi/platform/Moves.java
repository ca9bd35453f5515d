package org.lvzhi.platform;

import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a move from a button or form and goes back to a page, with what the layout shows as flash
 * attributes: the success message ({@code successKey}), the refusal's reason ({@code errorKey},
 * {@code errorArgs}), or the concurrent-edit warning. Nothing saved before the move is lost; a
 * refused form gets back what was typed ({@code typed}) when the caller hands it over.
 */
public final class Moves {

	private Moves() {
	}

	/** @return the redirect to {@code back} */
	public static String run(String back, RedirectAttributes redirect, String successKey, Runnable move) {
		return run(back, redirect, successKey, null, move);
	}

	/** @return the redirect to {@code back}; on a refusal {@code typed} goes back to the form */
	public static String run(String back, RedirectAttributes redirect, String successKey, Map<String, ?> typed,
			Runnable move) {
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
			if (typed != null) {
				redirect.addFlashAttribute("typed", typed);
			}
		}
		return "redirect:" + back;
	}

	/**
	 * Not found, also when the record exists but the reader may not see it: a page never tells an
	 * outsider that a record it may not read is there.
	 */
	public static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
