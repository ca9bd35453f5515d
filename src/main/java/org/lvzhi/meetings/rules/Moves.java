package org.lvzhi.meetings.rules;

import java.util.Map;

import org.lvzhi.platform.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a move from a form and comes back to the page: with a success message, or the refusal's
 * reason and what was typed (so that the form shows it again), or the concurrent-edit warning.
 */
public final class Moves {

	private Moves() {
	}

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
			redirect.addFlashAttribute("typed", typed == null ? Map.of() : typed);
		}
		return "redirect:" + back;
	}

	public static String run(String back, RedirectAttributes redirect, String successKey, Runnable move) {
		return run(back, redirect, successKey, null, move);
	}
}
