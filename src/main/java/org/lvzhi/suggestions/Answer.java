package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit's answer to the deputy.
 *
 * @param round 1 for the first answer, 2 for the answer after reopening
 * @param letterFileId the formal reply letter in {@link SuggestionFiles}, or {@code null}
 */
@Table("suggestions_answer")
public record Answer(long organizationId, int round, AnswerCategory category, String text, Long letterFileId,
		LocalDate answeredOn) {

	public OrganizationId unit() {
		return new OrganizationId(organizationId);
	}
}
