package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.springframework.data.relational.core.mapping.Table;

/** The lead deputy's rating of the answers of one round. */
@Table("suggestions_feedback")
public record Feedback(int round, long personId, Rating rating, String comment, LocalDate ratedOn) {

	/** A deputy who is dissatisfied says why: the units answer once more on her reasons. */
	static Feedback given(int round, PersonId deputy, Rating rating, String comment, LocalDate on) {
		if (rating == Rating.DISSATISFIED && (comment == null || comment.isBlank())) {
			throw new SuggestionException("suggestions.error.commentRequired");
		}
		return new Feedback(round, deputy.value(), rating, comment == null ? null : comment.strip(), on);
	}
}
