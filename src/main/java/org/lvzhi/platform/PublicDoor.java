package org.lvzhi.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one module shows at the public's one door ({@code /public}), contributed as a bean: what
 * it invites the public to now (a draft open for comment, a questionnaire, a call for oversight
 * topics, an upcoming sitting), and what a tracking or receipt code of its own stands for. A code
 * holder sees the state and answer of that one submission and nothing of anybody else's; nothing
 * here may name a private person.
 */
public interface PublicDoor {

	/** Open for the public on {@code today}, the soonest to close first. */
	List<Invitation> openNow(LocalDate today);

	/** The submission a code of this module stands for, if it is one. */
	Optional<Submission> track(String code);

	/**
	 * An invitation to take part.
	 *
	 * @param kindKey message key of what it is (征求意见的法规草案, 问卷 …)
	 * @param until the last day it is open, or {@code null} when it has no end
	 * @param link the public page to take part on
	 */
	record Invitation(String kindKey, String title, LocalDate until, String link) {
	}

	/**
	 * A submission as its sender follows it.
	 *
	 * @param kindKey message key of what was sent (立法意见, 信访事项 …)
	 * @param stateKey message key of where it stands
	 * @param answer the published answer or decision, or {@code null}
	 * @param link the module's own tracking page for the code
	 */
	record Submission(String code, String kindKey, String title, LocalDate sentOn, String stateKey, String answer,
			String link) {
	}
}
