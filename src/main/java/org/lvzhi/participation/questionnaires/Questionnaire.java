package org.lvzhi.participation.questionnaires;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.lvzhi.participation.Audience;

/**
 * A questionnaire as stored.
 *
 * @param closedAt when the office closed it early (or a new version replaced it), or {@code null}
 * @param previousId the questionnaire this one is a new version of, or {@code null}
 */
public record Questionnaire(long id, String title, String introduction, String privacyNotice, Audience audience,
		QuestionnaireState state, LocalDateTime opensAt, LocalDateTime closesAt, LocalDateTime closedAt,
		boolean resultsPublic, Long previousId, LocalDate createdOn, int version) {

	/** Whether answers are taken at the given moment. */
	public boolean openAt(LocalDateTime at) {
		return state == QuestionnaireState.PUBLISHED && opensAt != null && !at.isBefore(opensAt) && closesAt != null
				&& at.isBefore(closesAt);
	}

	/** Whether its period has begun (published and not only planned for later). */
	public boolean started(LocalDateTime at) {
		return state != QuestionnaireState.DRAFT && opensAt != null && !at.isBefore(opensAt);
	}

	/** When answering ended, or ends: the early close, else the end of the period. */
	public LocalDateTime endsAt() {
		return closedAt != null ? closedAt : closesAt;
	}
}
