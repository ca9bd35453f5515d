package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** The lead deputy's rating of the answers of one round. */
@Table("suggestions_feedback")
public record Feedback(int round, long personId, Rating rating, String comment, LocalDate ratedOn) {
}
