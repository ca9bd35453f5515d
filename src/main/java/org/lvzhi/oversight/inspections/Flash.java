package org.lvzhi.oversight.inspections;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a move from a button and comes back to the page with a success message, the refusal's
 * reason, or the concurrent-edit warning; what was saved before stays saved.
 */
final class Flash {

	private Flash() {
	}

	static String run(String back, RedirectAttributes redirect, String successKey, Runnable move) {
		try {
			move.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "error.concurrentEdit");
		}
		catch (InspectionException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:" + back;
	}

	/** Not found, also when the record exists but the reader may not see it. */
	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
