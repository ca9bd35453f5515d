package org.lvzhi.liaison;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the liaison pages share: running a move with its flash message, names of deputies. */
@Component
class Pages {

	private final Directory directory;

	Pages(Directory directory) {
		this.directory = directory;
	}

	static String run(String back, RedirectAttributes redirect, String successKey, Runnable move) {
		try {
			move.run();
			redirect.addFlashAttribute("successKey", successKey);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "error.concurrentEdit");
		}
		catch (LiaisonException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		catch (org.lvzhi.platform.DomainException e) {
			redirect.addFlashAttribute("errorKey", e.messageKey());
			redirect.addFlashAttribute("errorArgs", e.args());
		}
		return "redirect:" + back;
	}

	/** Not found, also when the record exists but the reader may not see it. */
	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** Names of deputies by person ID. */
	Map<Long, String> names(List<PersonId> persons) {
		return persons.stream().distinct().map(directory::person).flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(p -> p.id().value(), PersonView::name, (a, b) -> a));
	}

}
