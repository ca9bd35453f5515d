package org.lvzhi.platform;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a move from a button and goes back to a page: with the success message, the refusal's
 * reason, or the concurrent-edit warning, as flash attributes ({@code successKey},
 * {@code errorKey}, {@code errorArgs}) the layout shows.
 */
public final class Flash {

	private Flash() {
	}

	/** @return the redirect to {@code back} */
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
}
